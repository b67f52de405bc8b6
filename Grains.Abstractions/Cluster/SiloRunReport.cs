namespace Thaiyyal.Grains.Abstractions.Cluster;

/// <summary>What one silo reports of itself: its address, its region and the runs it drives.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.SiloRunReport")]
public sealed record SiloRunReport(string Address, string Region, int ActiveRuns);
