namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>One static header or query parameter of a named client (<c>{"key": ..., "value": ...}</c>).</summary>
public sealed record HttpKeyValue(string Key, string Value)
{
    // Static headers often carry credentials too (e.g. X-Api-Token), so their values stay out of ToString.
    public override string ToString() => $"{Key}: ***";
}
