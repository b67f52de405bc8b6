using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// Where audit chains are kept: PostgreSQL tables (<c>thaiyyal_audit</c>, <c>thaiyyal_audit_checkpoints</c>) in
/// Postgres mode, an <see cref="AuditLogGrain"/> per chain in Memory mode. Only the chain's <see cref="AuditGrain"/>
/// appends and prunes; anyone may read.
/// </summary>
public interface IAuditStore
{
    /// <summary>How many entries a chain keeps when <see cref="AuditOptions.MaxEntries"/> is not set.</summary>
    int DefaultMaxEntries { get; }

    Task<AuditChainStart> LoadAsync(string chain, CancellationToken cancellationToken);

    /// <summary>Stores consecutive entries continuing the chain; fails (storing none) if any sequence number is taken.</summary>
    Task AppendAsync(string chain, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken);

    /// <summary>A page of entries, newest first.</summary>
    Task<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> stored entries above <paramref name="afterSeq"/> and up to <paramref name="throughSeq"/>, by sequence number.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string chain, long afterSeq, long throughSeq, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the oldest entries — every entry up to <paramref name="throughSeq"/> and every entry up to the newest
    /// one recorded before <paramref name="olderThan"/> — and stores the last deleted entry as the checkpoint, in
    /// one step. Returns the chain's checkpoint afterwards (null if it has none).
    /// </summary>
    Task<AuditCheckpoint?> PruneAsync(string chain, long throughSeq, DateTimeOffset olderThan, DateTimeOffset now, CancellationToken cancellationToken);
}
