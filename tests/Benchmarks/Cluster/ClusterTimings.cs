namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>
/// The failure-detection and recovery settings the Silo processes run with. Failover time is mostly Orleans'
/// membership detection: a silo killed with SIGKILL refuses connections at once, but it is declared dead only after
/// <see cref="NumMissedProbesLimit"/> probes, one every <see cref="ProbeTimeout"/>, failed.
/// </summary>
internal sealed record ClusterTimings(TimeSpan ProbeTimeout, int NumMissedProbesLimit, TimeSpan WatchdogPeriod)
{
    /// <summary>
    /// One-second probes, three misses: about 3 s to declare a dead silo, without false suspicions on this loaded
    /// 2-core machine (probes are small messages answered on the system scheduler, ahead of grain work). The watchdog
    /// is the backstop when no client calls a run; here the benchmark's own calls usually reactivate runs first.
    /// </summary>
    public static ClusterTimings Benchmark { get; } = new(TimeSpan.FromSeconds(1), NumMissedProbesLimit: 3, WatchdogPeriod: TimeSpan.FromSeconds(5));

    /// <summary>The settings as the Silo host reads them (<c>Thaiyyal:Membership</c>, <c>Thaiyyal:Runs</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["Thaiyyal__Membership__ProbeTimeout"] = ProbeTimeout.ToString("c"),
        ["Thaiyyal__Membership__NumMissedProbesLimit"] = NumMissedProbesLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Thaiyyal__Runs__WatchdogPeriod"] = WatchdogPeriod.ToString("c"),
    };

    public override string ToString() =>
        $"membership probe every {ProbeTimeout.TotalSeconds:F0} s, dead after {NumMissedProbesLimit} missed probes " +
        $"(other Orleans membership settings at their defaults); run watchdog every {WatchdogPeriod.TotalSeconds:F0} s";
}
