namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>The listable view of a <see cref="HttpClientConfiguration"/>: names only, no credential or header value.</summary>
public sealed record HttpClientConfigurationSummary(
    string Uid,
    string? Description,
    string? BaseUrl,
    string AuthType,
    IReadOnlyList<string> HeaderNames,
    IReadOnlyList<string> QueryParamNames)
{
    public override string ToString() =>
        $"HttpClientConfiguration {{ Uid = {Uid}, BaseUrl = {BaseUrl}, AuthType = {AuthType}, Headers = [{string.Join(", ", HeaderNames)}], QueryParams = [{string.Join(", ", QueryParamNames)}] }}";
}
