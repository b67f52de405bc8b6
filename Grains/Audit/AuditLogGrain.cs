using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// One audit chain on grain storage: Memory mode only, where the chain is bounded by retention (10,000 entries by
/// default). Like the runs index, its state is written at most once per <see cref="WriteInterval"/> and when it
/// deactivates: memory storage lives in the same process, so a later write loses nothing a per-append write would keep.
/// </summary>
public sealed class AuditLogGrain(
    [PersistentState("audit", ThaiyyalStorage.Runs)] IPersistentState<AuditLogState> log) : Grain, IAuditLogGrain
{
    internal static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(1);

    private IGrainTimer? _pendingWrite;

    public Task<AuditChainStart> LoadAsync()
    {
        var newest = log.State.Entries.Count == 0 ? null : new AuditHead(log.State.Entries[^1].Seq, log.State.Entries[^1].Hash);
        return Task.FromResult(new AuditChainStart(newest, log.State.Checkpoint));
    }

    public Task AppendAsync(IReadOnlyList<AuditEntry> entries)
    {
        var last = log.State.Entries.Count > 0 ? log.State.Entries[^1].Seq : log.State.Checkpoint?.Seq ?? 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Seq != last + 1 + i)
            {
                throw new InvalidOperationException(
                    $"Audit chain {this.GetPrimaryKeyString()} is at entry {last}; entry {entries[i].Seq} cannot follow it.");
            }
        }
        log.State.Entries.AddRange(entries);
        ScheduleWrite();
        return Task.CompletedTask;
    }

    public Task<AuditPage> ListAsync(AuditQuery query)
    {
        var matches = Enumerable.Reverse(log.State.Entries)
            .Where(e => query.BeforeSeq is null || e.Seq < query.BeforeSeq)
            .Where(e => query.Actor is null || e.Actor == query.Actor)
            .Where(e => query.Action is null || e.Action == query.Action)
            .Where(e => query.OutcomeFrom is null || e.Outcome >= query.OutcomeFrom)
            .Where(e => query.OutcomeTo is null || e.Outcome <= query.OutcomeTo)
            .Where(e => query.From is null || e.Time >= query.From)
            .Where(e => query.To is null || e.Time < query.To)
            .Take(query.Limit + 1)
            .ToList();
        return Task.FromResult(AuditPages.Of(matches, query.Limit));
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSeq, long throughSeq, int limit) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. log.State.Entries.Where(e => e.Seq > afterSeq && e.Seq <= throughSeq).Take(limit)]);

    public Task<AuditCheckpoint?> PruneAsync(long throughSeq, DateTimeOffset olderThan, DateTimeOffset now)
    {
        var entries = log.State.Entries;
        var cut = entries.FindLastIndex(e => e.Seq <= throughSeq || e.Time < olderThan);
        if (cut >= 0)
        {
            log.State.Checkpoint = new AuditCheckpoint(entries[cut].Seq, entries[cut].Hash, AuditHashing.Normalize(now));
            entries.RemoveRange(0, cut + 1);
            ScheduleWrite();
        }
        return Task.FromResult(log.State.Checkpoint);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Not while the silo shuts down: memory storage goes with it.
        if (_pendingWrite is not null && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await WriteAsync(cancellationToken);
        }
    }

    private void ScheduleWrite() =>
        _pendingWrite ??= this.RegisterGrainTimer(_ => WriteAsync(CancellationToken.None), new GrainTimerCreationOptions(WriteInterval, Timeout.InfiniteTimeSpan));

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var timer = _pendingWrite;
        _pendingWrite = null;
        try
        {
            await log.WriteStateAsync(cancellationToken);
        }
        finally
        {
            timer?.Dispose();
        }
    }
}
