using Microsoft.Extensions.Configuration;

namespace Thaiyyal.Silo.Hosting;

/// <summary>
/// The optional HTTP side of a headless silo: <c>Thaiyyal:DashboardUrls</c> serves the Orleans dashboard page,
/// <c>Thaiyyal:HealthUrls</c> the probes (<c>/health/live</c>, <c>/health/ready</c>). One listener serves every
/// endpoint that is switched on, on every URL named (semicolon-separated, as ASP.NET Core's <c>--urls</c>).
/// </summary>
public sealed record SiloHttpEndpoints(IReadOnlyList<string> DashboardUrls, IReadOnlyList<string> HealthUrls)
{
    public const string DashboardUrlsKey = "Thaiyyal:DashboardUrls";
    public const string HealthUrlsKey = "Thaiyyal:HealthUrls";

    public bool Dashboard => DashboardUrls.Count > 0;

    public bool Health => HealthUrls.Count > 0;

    public bool Any => Dashboard || Health;

    /// <summary>Every URL to listen on, each once.</summary>
    public string ListenUrls => string.Join(';', DashboardUrls.Concat(HealthUrls).Distinct(StringComparer.OrdinalIgnoreCase));

    public static SiloHttpEndpoints From(IConfiguration configuration) =>
        new(Split(configuration[DashboardUrlsKey]), Split(configuration[HealthUrlsKey]));

    private static string[] Split(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
