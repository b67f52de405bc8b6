using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>Memory mode: each chain in an <see cref="AuditLogGrain"/> on the runs grain storage, seen alike from every silo.</summary>
internal sealed class GrainAuditStore(IGrainFactory grains) : IAuditStore
{
    public int DefaultMaxEntries => 10_000;

    public Task<AuditChainStart> LoadAsync(string chain, CancellationToken cancellationToken) =>
        grains.GetGrain<IAuditLogGrain>(chain).LoadAsync();

    public Task AppendAsync(string chain, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken) =>
        grains.GetGrain<IAuditLogGrain>(chain).AppendAsync(entries);

    public Task<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken) =>
        grains.GetGrain<IAuditLogGrain>(query.Chain).ListAsync(query);

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(string chain, long afterSeq, long throughSeq, int limit, CancellationToken cancellationToken) =>
        grains.GetGrain<IAuditLogGrain>(chain).ReadAsync(afterSeq, throughSeq, limit);

    public Task<AuditCheckpoint?> PruneAsync(string chain, long throughSeq, DateTimeOffset olderThan, DateTimeOffset now, CancellationToken cancellationToken) =>
        grains.GetGrain<IAuditLogGrain>(chain).PruneAsync(throughSeq, olderThan, now);
}
