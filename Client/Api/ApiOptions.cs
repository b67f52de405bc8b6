using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Client.Api;

/// <summary>Limits of the HTTP API (section <c>Thaiyyal:Api</c>).</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Thaiyyal:Api";

    /// <summary>Request bodies above this size are refused with 413.</summary>
    [Range(1024, 1024 * 1024 * 1024)]
    public long MaxRequestBodyBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>The longest a request waits for a run to finish (<c>?wait=true</c>, the reference's execute route).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Origins allowed by CORS. Empty (the default): no cross-origin access. <c>*</c> lets any origin call without
    /// credentials (never with cookies); explicit origins are matched exactly.
    /// </summary>
    public string[] CorsOrigins { get; set; } = [];
}
