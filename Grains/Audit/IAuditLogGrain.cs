using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>One audit chain's stored entries and checkpoint on grain storage (Memory mode). Key: the chain.</summary>
[Alias("thaiyyal.IAuditLogGrain")]
public interface IAuditLogGrain : IGrainWithStringKey
{
    [Alias("Load")]
    Task<AuditChainStart> LoadAsync();

    [Alias("Append")]
    Task AppendAsync(IReadOnlyList<AuditEntry> entries);

    [Alias("List")]
    Task<AuditPage> ListAsync(AuditQuery query);

    [Alias("Read")]
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSeq, long throughSeq, int limit);

    [Alias("Prune")]
    Task<AuditCheckpoint?> PruneAsync(long throughSeq, DateTimeOffset olderThan, DateTimeOffset now);
}
