using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// The runs index of one tenant on grain storage: Memory mode only, where one process holds every run anyway.
/// Postgres mode keeps the index in an indexed table instead, which scales past one grain's memory.
/// </summary>
/// <remarks>
/// Its state is written at most once per <see cref="WriteInterval"/> (and when it deactivates), not on every upsert:
/// each write serialises the whole index, so writing per upsert costs O(runs) per run and, on a long-lived
/// embedded server, a stream of large-object allocations. Memory storage lives in the same process as this grain,
/// so a later write loses nothing a per-upsert write would have kept.
/// </remarks>
public sealed class RunIndexGrain(
    [PersistentState("index", ThaiyyalStorage.Runs)] IPersistentState<RunIndexState> index) : Grain, IRunIndexGrain
{
    internal static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(1);

    private IGrainTimer? _pendingWrite;

    public Task UpsertAsync(RunSummary summary)
    {
        index.State.Runs[summary.RunId] = index.State.Runs.TryGetValue(summary.RunId, out var existing)
            ? existing with { Status = summary.Status, CompletedAt = summary.CompletedAt, WorkflowId = summary.WorkflowId ?? existing.WorkflowId }
            : summary;
        // The timer's own token is not passed on: disposing the timer (below, once written) would cancel the write.
        _pendingWrite ??= this.RegisterGrainTimer(_ => WriteAsync(CancellationToken.None), new GrainTimerCreationOptions(WriteInterval, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public Task<RunPage> ListAsync(RunListQuery query)
    {
        var matches = index.State.Runs.Values
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => query.WorkflowId is null || r.WorkflowId == query.WorkflowId)
            .Where(r => query.From is null || r.CreatedAt >= query.From)
            .Where(r => query.To is null || r.CreatedAt < query.To)
            .Where(r => query.After is null || IsAfter(r, query.After))
            .OrderByDescending(r => r.CreatedAt)
            .ThenByDescending(r => r.RunId, StringComparer.Ordinal)
            .Take(query.Limit + 1)
            .ToList();
        return Task.FromResult(RunPages.Of(matches, query.Limit));
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Not while the silo shuts down: memory storage goes with it (a one-silo host, the CLI), and writing then only
        // meets a storage grain that is already gone.
        if (_pendingWrite is not null && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await WriteAsync(cancellationToken);
        }
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        var timer = _pendingWrite;
        _pendingWrite = null; // an upsert from now on arms a new write
        try
        {
            await index.WriteStateAsync(cancellationToken);
        }
        finally
        {
            timer?.Dispose();
        }
    }

    private static bool IsAfter(RunSummary run, RunCursor cursor) =>
        run.CreatedAt < cursor.CreatedAt ||
        (run.CreatedAt == cursor.CreatedAt && string.CompareOrdinal(run.RunId, cursor.RunId) < 0);
}
