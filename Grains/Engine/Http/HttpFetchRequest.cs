using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Secrets;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>One guarded call (a GET unless told otherwise): where to, under which policy and limits, and with which named configuration (if any).</summary>
public sealed record HttpFetchRequest
{
    public required Uri Url { get; init; }

    public required SsrfPolicy Policy { get; init; }

    /// <summary>Sent as <c>Idempotency-Key</c> on every hop and retry, so a server can collapse repeats.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>GET, HEAD, POST, PUT, PATCH or DELETE. Only GETs are retried.</summary>
    public string Method { get; init; } = "GET";

    /// <summary>The node's own headers, after the named client's.</summary>
    public IReadOnlyList<HttpKeyValue> Headers { get; init; } = [];

    /// <summary>The request body (UTF-8), or null for none.</summary>
    public string? Body { get; init; }

    /// <summary>
    /// The secret values put into this request. Headers and query parameters carrying one go only to the origin the
    /// call started at, and a body carrying one is never re-sent to another origin.
    /// </summary>
    public ResolvedSecrets Secrets { get; init; } = ResolvedSecrets.None;

    public int MaxRedirects { get; init; } = 10;

    public bool FollowRedirects { get; init; } = true;

    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Auth, headers and query parameters to add; null for the default client.</summary>
    public HttpClientConfiguration? Client { get; init; }

    public string ClientName => Client is null ? HttpClientNames.Default : HttpClientNames.NamedConfigurations;
}
