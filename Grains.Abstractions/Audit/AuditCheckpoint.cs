namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// Where a chain's stored entries begin after retention pruned the older ones: the last pruned entry's sequence
/// number and hash. Verification starts from it, so the chain stays verifiable without the pruned entries.
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditCheckpoint")]
public sealed record AuditCheckpoint(long Seq, string Hash, DateTimeOffset PrunedAt);
