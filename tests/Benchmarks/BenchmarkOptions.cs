using Microsoft.Extensions.Configuration;

namespace Thaiyyal.Benchmarks;

/// <summary>The benchmark's own settings, given on the command line in configuration form (<c>--scale=0.5</c>).</summary>
internal sealed record BenchmarkOptions(
    string Scenario, double Scale, int InFlight, IReadOnlyList<int> SiloCounts, int FailoverTrials, IReadOnlyList<string> Workloads)
{
    public const string InProcess = "in-process";
    public const string Cluster = "cluster";

    public static BenchmarkOptions From(IConfiguration configuration) => new(
        Scenario: configuration["scenario"] ?? InProcess,
        Scale: double.TryParse(configuration["scale"], out var scale) ? scale : 1.0,
        InFlight: int.TryParse(configuration["inflight"], out var inFlight) ? inFlight : 32,
        SiloCounts: (configuration["silos"] ?? "1,2,3").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList(),
        FailoverTrials: int.TryParse(configuration["trials"], out var trials) ? trials : 8,
        // W3 (durable delays) and S1 (cron schedules) are about timers, not throughput: they run when named, e.g. --workloads=W3,S1.
        Workloads: (configuration["workloads"] ?? "W1,W2").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
