namespace Thaiyyal.Client.Api.Cluster;

/// <summary>A region: how many of its silos are active and how many runs they drive.</summary>
public sealed record RegionResponse(string Name, int ActiveSilos, int ActiveRuns);
