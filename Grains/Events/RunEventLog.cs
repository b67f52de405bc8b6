using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// A run's events as its grain holds them (events carry the bare run id; the history and streams are its tenant's): numbered 1, 2, 3… without gaps, published live on the run and tenant
/// streams as they are emitted, and appended to the history in batches (at most <see cref="RunEventOptions.FlushInterval"/>
/// late; <see cref="FlushAsync"/> forces it). Readers get the stored history plus what is still in memory, so never a gap.
/// Used only from its grain's turns (single-threaded), so it needs no locks beyond ordering its own background work.
/// </summary>
internal sealed partial class RunEventLog(
    string tenantId,
    string runId,
    IRunHistoryStore store,
    IAsyncStream<RunEvent> runStream,
    IAsyncStream<RunEvent> tenantStream,
    TimeProvider clock,
    RunEventOptions options,
    RunTrace trace,
    ILogger logger)
{
    private readonly List<RunEvent> _events = [];
    private readonly HashSet<string> _emitted = new(StringComparer.Ordinal);
    private Task? _storing;
    private Task? _loading;
    private Task? _publishing;
    private Task? _flushing;
    private int _stored;
    private int _published;
    private string? _workflowId;

    public long LastSeq => _events.Count == 0 ? 0 : _events[^1].Seq;

    /// <summary>Reads the stored history once (a resumed or finished run); a new run starts empty.</summary>
    public Task LoadAsync() => _loading ??= LoadCoreAsync();

    /// <summary>Marks the log as new (nothing stored yet).</summary>
    public void StartEmpty() => _loading = Task.CompletedTask;

    /// <summary>
    /// Numbers and records an event. An event the history already holds for the same step (a run resumed after a crash
    /// replays its durable nodes) is not emitted twice; returns null then.
    /// </summary>
    public RunEvent? Emit(RunEvent template)
    {
        if (!_emitted.Add(StepKey(template)))
        {
            return null;
        }
        _workflowId ??= template.WorkflowId;
        // Every event names its workflow and the run's status after it, so live feeds can filter on them.
        var e = template with
        {
            RunId = runId,
            Seq = LastSeq + 1,
            WorkflowId = template.WorkflowId ?? _workflowId,
            RunStatus = template.RunStatus ?? "running",
        };
        _events.Add(e);
        trace.Observe(e);
        _publishing ??= PublishAsync();
        _flushing ??= FlushLaterAsync();
        return e;
    }

    /// <summary>Makes a node's span current around the start of its grain call (see <see cref="RunTrace.EnterNode"/>).</summary>
    public RunTrace.Scope EnterNode(string nodeId) => trace.EnterNode(nodeId);

    public async Task<IReadOnlyList<RunEvent>> AfterAsync(long afterSeq)
    {
        await LoadAsync();
        var first = _events.FindIndex(e => e.Seq > afterSeq);
        return first < 0 ? [] : _events.GetRange(first, _events.Count - first);
    }

    /// <summary>Publishes and stores every event emitted so far; the store is retried, since it is the truth.</summary>
    public async Task FlushAsync()
    {
        if (_publishing is { } publishing)
        {
            await publishing;
        }
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await StoreAsync();
                return;
            }
            catch (Exception ex) when (attempt < 5)
            {
                LogStoreFailed(ex, runId, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), clock);
            }
        }
    }

    private async Task LoadCoreAsync()
    {
        var stored = await store.ReadAsync(tenantId, runId, 0, CancellationToken.None);
        _events.InsertRange(0, stored);
        _stored = _published = stored.Count;
        foreach (var e in stored)
        {
            _emitted.Add(StepKey(e));
            _workflowId ??= e.WorkflowId;
        }
    }

    private async Task PublishAsync()
    {
        try
        {
            while (_published < _events.Count)
            {
                var e = _events[_published++];
                try
                {
                    await runStream.OnNextAsync(e);
                    await tenantStream.OnNextAsync(e);
                }
                catch (Exception ex)
                {
                    // The live feed is best effort: readers fill any gap from the history.
                    LogPublishFailed(ex, runId, e.Seq);
                }
            }
        }
        finally
        {
            _publishing = null;
        }
    }

    private async Task FlushLaterAsync()
    {
        try
        {
            while (_stored < _events.Count)
            {
                if (options.FlushInterval > TimeSpan.Zero)
                {
                    await Task.Delay(options.FlushInterval, clock);
                }
                try
                {
                    await StoreAsync();
                }
                catch (Exception ex)
                {
                    LogStoreFailed(ex, runId, 1);
                    await Task.Delay(TimeSpan.FromSeconds(1), clock);
                }
            }
        }
        finally
        {
            _flushing = null;
        }
    }

    private async Task StoreAsync()
    {
        // One append at a time (turns interleave at awaits): the check and the claim below run in one turn.
        while (_storing is { } inFlight)
        {
            await inFlight;
        }
        var count = _events.Count - _stored;
        if (count == 0)
        {
            return;
        }
        var append = store.AppendAsync(tenantId, runId, _events.GetRange(_stored, count), CancellationToken.None);
        _storing = append;
        try
        {
            await append;
            _stored += count;
        }
        finally
        {
            _storing = null;
        }
    }

    private static string StepKey(RunEvent e) => e.NodeId is null ? e.Type : $"{e.Type}/{e.NodeId}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Publishing event {Seq} of run {RunId} failed")]
    private partial void LogPublishFailed(Exception exception, string runId, long seq);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storing the history of run {RunId} failed on attempt {Attempt}")]
    private partial void LogStoreFailed(Exception exception, string runId, int attempt);
}
