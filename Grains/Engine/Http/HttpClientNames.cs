namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// The <see cref="System.Net.Http.IHttpClientFactory"/> names of the node's clients. Calls through named client
/// configurations get their own handler pool, so a connection opened under one client's looser security settings
/// is never reused by a call held to the operator's defaults.
/// </summary>
public static class HttpClientNames
{
    public const string Default = "Thaiyyal.Http";

    public const string NamedConfigurations = "Thaiyyal.Http.NamedClients";
}
