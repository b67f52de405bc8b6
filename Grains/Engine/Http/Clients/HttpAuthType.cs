namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>The reference's <c>auth.type</c> names.</summary>
public static class HttpAuthType
{
    public const string None = "none";
    public const string Basic = "basic";
    public const string Bearer = "bearer";
    public const string ApiKey = "apikey";
}
