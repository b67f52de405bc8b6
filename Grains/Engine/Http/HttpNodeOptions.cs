using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// Outbound HTTP settings of the <c>http</c> node. Defaults are the reference server's (HTTP_API.md §1, §4), with
/// every private, loopback, link-local and metadata address blocked unless <see cref="AllowedHosts"/> opens it.
/// </summary>
public sealed class HttpNodeOptions
{
    public const string SectionName = "Thaiyyal:Http";

    /// <summary>False refuses every <c>http</c> node call with the reference's <c>AllowHTTP=false</c> error.</summary>
    public bool AllowHttp { get; set; } = true;

    /// <summary>Time allowed to open one TCP connection (DNS resolution included).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time allowed for a whole node call: every redirect hop, retry and the body read.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Largest response body read; more fails with <c>response too large (exceeds N bytes limit)</c>.</summary>
    [Range(1, int.MaxValue)]
    public int MaxResponseBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Redirects followed per call; one more fails with <c>too many redirects (max N)</c>.</summary>
    [Range(0, 100)]
    public int MaxRedirects { get; set; } = 10;

    /// <summary>
    /// Host names (exact, case-insensitive) and CIDR ranges (<c>127.0.0.1/32</c>, <c>10.1.0.0/16</c>, <c>::1/128</c>)
    /// exempt from the address blocks. Empty by default: loopback and private networks open only when listed here.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>When non-empty, the only host names a URL may name (exact match, as in the reference).</summary>
    public List<string> AllowedDomains { get; set; } = [];

    /// <summary>
    /// Whether a named client's own <c>allow_localhost</c>/<c>allow_private_ips</c>/<c>allow_link_local</c>/
    /// <c>allow_cloud_metadata</c> switches may open those ranges. Off by default: whoever can register a client could
    /// otherwise reach the server's internal network; the operator opens destinations through <see cref="AllowedHosts"/>.
    /// A client's tightening settings (<c>allowed_domains</c>, limits) always apply.
    /// </summary>
    public bool HonorNamedClientAllowFlags { get; set; }

    /// <summary>Retries of a GET after a transient failure (5xx, 408, 429, connection error); 0 disables retrying.</summary>
    [Range(0, 10)]
    public int MaxRetryAttempts { get; set; } = 2;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Failure ratio in <see cref="CircuitBreakerSamplingDuration"/> that opens a host's circuit.</summary>
    [Range(0.01, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls to a host within the sampling window before its circuit may open.</summary>
    [Range(2, int.MaxValue)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 20;

    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit refuses calls to its host.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a pooled connection lives, so DNS changes are picked up.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PooledConnectionLifetime { get; set; } = TimeSpan.FromMinutes(2);
}
