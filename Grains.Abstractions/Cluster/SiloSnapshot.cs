namespace Thaiyyal.Grains.Abstractions.Cluster;

/// <summary>One silo of the cluster: its membership entry, its region and how many runs it drives.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.SiloSnapshot")]
public sealed record SiloSnapshot(string Address, string Status, string? Name, string? HostName, DateTimeOffset StartedAt)
{
    /// <summary>The silo's <c>Thaiyyal:Region</c>; null while it is not known yet (the silo just joined or does not answer).</summary>
    [Id(0)] public string? Region { get; init; }

    /// <summary>Runs executing on this silo (a parked run executes nowhere); null when the silo did not report.</summary>
    [Id(1)] public int? ActiveRuns { get; init; }
}
