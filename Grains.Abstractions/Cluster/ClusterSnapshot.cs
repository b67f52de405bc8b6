namespace Thaiyyal.Grains.Abstractions.Cluster;

/// <summary>Every silo of the membership that is not dead, as one silo sees it.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.ClusterSnapshot")]
public sealed record ClusterSnapshot(IReadOnlyList<SiloSnapshot> Silos, DateTimeOffset TakenAt)
{
    /// <summary>False when some active silo did not report its runs in time (e.g. it died and is not declared dead yet).</summary>
    [Id(0)] public bool RunCountsComplete { get; init; }
}
