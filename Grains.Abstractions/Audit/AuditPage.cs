namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>A page of entries, newest first; <see cref="NextBeforeSeq"/> is null on the last page.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditPage")]
public sealed record AuditPage(IReadOnlyList<AuditEntry> Entries, long? NextBeforeSeq);
