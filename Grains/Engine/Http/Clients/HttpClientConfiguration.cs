namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>
/// A named HTTP client registered through <c>POST /api/v1/httpclient/register</c> (HTTP_API.md §2, §5): base URL,
/// authentication, static headers and query parameters, timeout and security settings. A pure value: check it with
/// <see cref="HttpClientConfigurationValidator"/>; list it with <see cref="ToSummary"/>, which carries no secret.
/// </summary>
public sealed record HttpClientConfiguration
{
    public required string Uid { get; init; }

    public string? Description { get; init; }

    /// <summary>Relative node URLs are resolved against it.</summary>
    public string? BaseUrl { get; init; }

    public HttpClientAuth Auth { get; init; } = HttpClientAuth.None;

    public IReadOnlyList<HttpKeyValue> Headers { get; init; } = [];

    public IReadOnlyList<HttpKeyValue> QueryParams { get; init; } = [];

    /// <summary>Total time of one call; zero = default 30 s.</summary>
    public TimeSpan Timeout { get; init; }

    public HttpClientSecurity Security { get; init; } = HttpClientSecurity.Default;

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public TimeSpan EffectiveTimeout => Timeout == TimeSpan.Zero ? DefaultTimeout : Timeout;

    public HttpClientConfigurationSummary ToSummary() => new(
        Uid, Description, BaseUrl, Auth.EffectiveType, Headers.Select(h => h.Key).ToList(), QueryParams.Select(q => q.Key).ToList());

    public override string ToString() => ToSummary().ToString();
}
