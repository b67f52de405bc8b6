using Thaiyyal.Grains.Abstractions.Cluster;

namespace Thaiyyal.Client.Api.Cluster;

/// <summary>The cluster: every silo that is not dead, and per region its active silos and runs.</summary>
public sealed record ClusterResponse(
    DateTimeOffset TakenAt,
    IReadOnlyList<SiloResponse> Silos,
    IReadOnlyList<RegionResponse> Regions,
    bool RunCountsComplete)
{
    public static ClusterResponse From(ClusterSnapshot snapshot) => new(
        snapshot.TakenAt,
        snapshot.Silos.Select(SiloResponse.From).ToList(),
        snapshot.Silos
            .Where(s => s.Region is not null)
            .GroupBy(s => s.Region!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RegionResponse(g.Key, g.Count(s => s.Status == "Active"), g.Sum(s => s.ActiveRuns ?? 0)))
            .ToList(),
        snapshot.RunCountsComplete);
}
