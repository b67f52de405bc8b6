using Thaiyyal.Grains.Engine.Http.Clients;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>One guarded GET: where to, under which policy and limits, and with which named configuration (if any).</summary>
public sealed record HttpFetchRequest
{
    public required Uri Url { get; init; }

    public required SsrfPolicy Policy { get; init; }

    /// <summary>Sent as <c>Idempotency-Key</c> on every hop and retry, so a server can collapse repeats.</summary>
    public required string IdempotencyKey { get; init; }

    public int MaxRedirects { get; init; } = 10;

    public bool FollowRedirects { get; init; } = true;

    public long MaxResponseBytes { get; init; } = 10 * 1024 * 1024;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Auth, headers and query parameters to add; null for the default client.</summary>
    public HttpClientConfiguration? Client { get; init; }

    public string ClientName => Client is null ? HttpClientNames.Default : HttpClientNames.NamedConfigurations;
}
