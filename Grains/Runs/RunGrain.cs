using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.Events;
using Thaiyyal.Grains.Engine.Values;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Grains.Runs;

/// <summary>
/// One run. Persists the run at acceptance, when it parks and at its end; in between, each node's result is made
/// durable by its node grain. Ready nodes are dispatched to node grains concurrently, in the order
/// <see cref="WorkflowExecution"/> allows, so results equal the reference's sequential run. Waiting (long delays,
/// <c>wait_event</c>) is in RunGrain.Waits.cs.
/// </summary>
[HomeRegionPlacement]
public sealed partial class RunGrain(
    [PersistentState("run", ThaiyyalStorage.Runs)] IPersistentState<RunState> run,
    NodeRunner runner,
    NodeCatalog catalog,
    IOptions<EngineLimits> limits,
    IOptions<RunOptions> runOptions,
    TimeProvider clock,
    RunEventLogFactory eventLogs,
    LocalRuns localRuns,
    ILogger<RunGrain> logger) : Grain, IRunGrain, IRemindable, IDisposable
{
    /// <summary>The durable backstop of an active run: if its silo dies, this reminder reactivates the run elsewhere.</summary>
    private const string WatchdogReminder = "watchdog";


    private readonly List<TaskCompletionSource> _waiters = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly SemaphoreSlim _writes = new(1, 1);
    private string? _stopReason;
    private bool _resumed;
    private Task? _driver;
    private IGrainTimer? _deadlineTimer;
    private RunEventLog? _events;
    private readonly RunHandover _handover = new();

    /// <summary>The grain key: <c>TenantKeys.For(tenant, runId)</c>. What the run touches is keyed by it (its nodes, its history, its stream).</summary>
    private string RunKey => this.GetPrimaryKeyString();

    /// <summary>The run id clients see, unique within the run's tenant.</summary>
    private string RunId => TenantKeys.IdOf(RunKey);

    /// <summary>This run's events: numbered, published live, flushed to the history in batches.</summary>
    private RunEventLog Events => _events ??= eventLogs.Create(this, RunKey);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (run.State.Status == RunStatuses.Running)
        {
            // The activation that drove this run is gone (deactivated or its silo died): continue from the durable nodes.
            LogRunResuming(RunKey);
            _resumed = true; // node grains may hold results from before: they must read their storage
            await Events.LoadAsync(); // numbering continues after the stored history; replayed steps are not re-emitted
            Events.Emit(RunEvents.RunStarted(run.State.CreatedAt ?? clock.GetUtcNow(), run.State.WorkflowId)); // if lost in the crash
            StartDriver(NewDrive(Prepare()));
        }
        else if (run.State.Status == RunStatuses.Waiting)
        {
            await Events.LoadAsync();
            WakeUpParked();
        }
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (_driver is not { IsCompleted: false } driver || _stopReason is not null)
        {
            if (_events is { } events)
            {
                await events.FlushAsync(); // e.g. a parked run's last events: the activation goes now
            }
            return;
        }
        // Deactivated while driving (a graceful silo stop deactivates every grain): let the nodes in flight finish,
        // then move to another silo at once rather than wait for the watchdog.
        _handover.Request();
        try
        {
            await driver.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            _stop.Cancel(); // out of time: the calls still in flight are made again by the next activation
            LogHandoverTimedOut(RunKey, reason.ReasonCode);
            return;
        }
        await Events.FlushAsync();
        if (run.State.Status == RunStatuses.Running)
        {
            MigrateOnIdle(); // the state travels with it; the new activation resumes the run (OnActivateAsync)
            LogRunHandedOver(RunKey, reason.ReasonCode);
        }
    }

    private PreparedRun Prepare() =>
        PreparedRun.Prepare(run.State.WorkflowJson!, run.State.InputsJson, catalog, limits.Value, strict: false);

    public Task<IReadOnlyList<RunEvent>> GetEventsAsync(long afterSeq) => Events.AfterAsync(afterSeq);

    public async Task<RunSnapshot> StartAsync(StartRun command)
    {
        if (run.State.Status != RunSnapshot.UnknownStatus)
        {
            return command.RequestHash is null || command.RequestHash == run.State.RequestHash
                ? Snapshot() // a retried start is a no-op
                : throw new RunIdInUseException(RunId);
        }
        var prepared = PreparedRun.Prepare(command.WorkflowJson, command.InputsJson, catalog, limits.Value, strict: false);
        var now = clock.GetUtcNow();
        run.State.Status = RunStatuses.Running;
        run.State.WorkflowJson = command.WorkflowJson;
        run.State.InputsJson = command.InputsJson;
        run.State.WorkflowId = prepared.Plan.Definition.WorkflowId;
        run.State.SavedWorkflowId = command.WorkflowId;
        run.State.WorkflowVersion = command.WorkflowVersion;
        run.State.RequestHash = command.RequestHash;
        run.State.CreatedAt = now;
        run.State.StartedAt = now;
        run.State.Deadline = now + limits.Value.MaxExecutionTime;
        run.State.NodeOrder = [.. prepared.Plan.Order];
        run.State.Nodes = prepared.Plan.Order.ToDictionary(
            id => id, id => new NodeRecord { Type = prepared.Plan.Node(id).Type }, StringComparer.Ordinal);
        try
        {
            // The watchdog first: if it cannot be set the run is not accepted; if the write below fails, the orphan
            // reminder finds no running run and removes itself.
            await this.RegisterOrUpdateReminder(WatchdogReminder, runOptions.Value.WatchdogPeriod, runOptions.Value.WatchdogPeriod);
            await WriteRunAsync(); // accepted = durable, before anything is dispatched
        }
        catch
        {
            // Not accepted: a retried start must find no half-made run here (it would answer "running" and never drive
            // it). A fresh activation reads what storage holds, should the write have committed after all.
            run.State = new RunState();
            DeactivateOnIdle();
            throw;
        }
        // Flushed with the next batch (or the terminal event): a run resumed after a crash emits it again if it was lost.
        Events.StartEmpty();
        Events.Emit(RunEvents.RunStarted(now, run.State.WorkflowId));
        LogRunStarted(RunKey, prepared.Plan.Order.Count);
        StartDriver(NewDrive(prepared));
        return Snapshot();
    }

    public Task<RunSnapshot> GetSnapshotAsync() => Task.FromResult(Snapshot());

    public async Task<RunSnapshot> WaitForCompletionAsync(TimeSpan timeout)
    {
        if (!run.State.IsTerminal && run.State.Status != RunSnapshot.UnknownStatus)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add(finished);
            await Task.WhenAny(finished.Task, Task.Delay(timeout, clock));
            _waiters.Remove(finished);
        }
        return Snapshot();
    }

    public async Task<RunSnapshot> CancelAsync(string reason)
    {
        if (run.State.Status is RunStatuses.Running or RunStatuses.Waiting)
        {
            run.State.CancelReason = reason;
            Stop(RunStatuses.Cancelled);
            ResumeParked(); // a parked run has no driver: one starts, sees the stop and finishes
            if (_driver is not null)
            {
                await _driver;
            }
        }
        return Snapshot();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != WatchdogReminder)
        {
            return;
        }
        // Activation alone resumes a running run (OnActivateAsync) and a parked one whose time has come; a finished
        // run no longer needs its watchdog.
        if (run.State.Status == RunStatuses.Waiting)
        {
            WakeUpParked();
        }
        else if (run.State.Status != RunStatuses.Running)
        {
            await UnregisterWatchdogAsync();
        }
    }

    private async Task UnregisterWatchdogAsync()
    {
        if (await this.GetReminder(WatchdogReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>A drive from the start: finished nodes (of a resumed run) answer from their storage.</summary>
    private RunDrive NewDrive(PreparedRun prepared) =>
        new(new WorkflowExecution(prepared.Plan, runner.OrderingOf, limits.Value.MaxNodeExecutions, limits.Value.MaxHttpCallsPerExecution)
        {
            State = prepared.CreateInitialState(),
        });

    private void StartDriver(RunDrive drive)
    {
        EnsureDeadlineTimer();
        // Keep the activation while the run is in flight; the watchdog reminder is the durable backstop.
        DelayDeactivation(limits.Value.MaxExecutionTime);
        _driver = DriveAsync(drive);
        localRuns.Track(RunKey, _driver);
    }

    /// <summary>
    /// The run's time limit while this activation lives. The deadline itself is durable (in the run's state, and a
    /// parked run's reminder is due no later than it), so a run past it fails wherever it is next activated.
    /// </summary>
    private void EnsureDeadlineTimer()
    {
        var remaining = (run.State.Deadline ?? clock.GetUtcNow()) - clock.GetUtcNow();
        _deadlineTimer ??= this.RegisterGrainTimer(
            () =>
            {
                Stop(RunStatuses.Failed);
                ResumeParked();
                return Task.CompletedTask;
            },
            new GrainTimerCreationOptions(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private void Stop(string reason)
    {
        _stopReason ??= reason;
        _stop.Cancel();
    }

    private async Task DriveAsync(RunDrive drive)
    {
        try
        {
            await DriveNodesAsync(drive);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug here must not leave the run running forever: it fails, with the cause in the log.
            LogDriverFailed(ex, RunKey);
            if (!run.State.IsTerminal)
            {
                run.State.Status = RunStatuses.Failed;
                run.State.Errors = [$"internal error while driving the run: {ex.GetType().Name}"];
                run.State.CompletedAt = clock.GetUtcNow();
            }
            Events.Emit(RunEvents.RunEnded(run.State.CompletedAt ?? clock.GetUtcNow(), run.State.Status, run.State.WorkflowId, run.State.FinalOutputJson, run.State.Errors));
            await Events.FlushAsync();
            // The outcome is decided; if even this write fails, the watchdog resumes the run from its durable nodes later.
            await WriteRunAsync();
            foreach (var waiter in _waiters)
            {
                waiter.TrySetResult();
            }
            await TryUnregisterWatchdogAsync();
        }
    }

    private async Task DriveNodesAsync(RunDrive drive)
    {
        var (execution, running, waiting) = (drive.Execution, drive.Running, drive.Waiting);
        var stopped = Task.Delay(Timeout.Infinite, _stop.Token).ContinueWith(_ => { }, TaskScheduler.Current);
        while (_stopReason is null && !_handover.IsRequested)
        {
            foreach (var nodeId in execution.TakeReadyNodes())
            {
                running[DispatchAsync(execution, nodeId, waitOver: false)] = nodeId;
            }
            foreach (var nodeId in waiting.Where(w => CanResume(w.Key, w.Value)).Select(w => w.Key).ToList())
            {
                waiting.Remove(nodeId);
                running[DispatchAsync(execution, nodeId, waitOver: true)] = nodeId;
            }
            if (running.Count == 0)
            {
                if (waiting.Count == 0)
                {
                    break;
                }
                await ParkAsync(waiting);
                if (_stopReason is null && !waiting.Any(w => CanResume(w.Key, w.Value)))
                {
                    _parkedDrive = drive; // this activation resumes where it stopped; a new one drives from the start
                    ReleaseIfWakeIsFar();
                    return; // parked: the wake timer, the reminder, a signal, a cancel or the deadline resumes the run
                }
                Unpark(); // something arrived while the park was being written
                continue;
            }
            var nudged = Nudges;
            var finished = await Task.WhenAny(running.Keys.Append(stopped).Append(nudged));
            if (finished == stopped)
            {
                break;
            }
            if (finished == nudged)
            {
                continue; // a signal arrived or a waiting node's time came
            }
            var task = (Task<NodeExecutionResult>)finished;
            var id = running[task];
            running.Remove(task);
            if (task.IsCanceled)
            {
                break; // only a stop cancels node calls
            }
            var result = await task;
            if (result.Waiting)
            {
                RecordWaiting(id, result);
                waiting[id] = result;
                ArmWakeTimer(waiting.Values.Min(w => w.WaitUntil));
                continue;
            }
            Record(execution, id, result);
        }
        if (_handover.IsRequested && _stopReason is null)
        {
            await RunHandover.DrainAsync(running.Keys);
            return; // not finished: the next activation continues from the durable nodes
        }
        if (_stopReason is not null)
        {
            execution.Cancel(); // cancelled or timed out: nothing further runs
        }
        execution.AbandonRunning();
        await FinishAsync(execution);
    }

    private Task<NodeExecutionResult> DispatchAsync(WorkflowExecution execution, string nodeId, bool waitOver)
    {
        var invocation = execution.Prepare(nodeId);
        var record = run.State.Nodes[nodeId];
        record.Status = "running";
        record.StartedAt ??= clock.GetUtcNow();
        var node = invocation.Node;
        Events.Emit(RunEvents.NodeStarted(record.StartedAt.Value, nodeId, record.Type));
        var nodeJson = JsonValues.Serialize(new Dictionary<string, object?>
        {
            ["id"] = node.Id,
            ["type"] = node.Type,
            ["data"] = node.Config?.Raw,
        });
        // Only expressions reach other nodes' results, always through "node.<id>": skip the copy when none can.
        var visible = invocation.UsesRunState && nodeJson.Contains("node.", StringComparison.Ordinal)
            ? JsonValues.Serialize(invocation.VisibleResults)
            : null;
        var command = new ExecuteNode(
            RunKey, // the engine reads the run's tenant from it
            nodeJson,
            JsonValues.Serialize(invocation.Inputs),
            visible,
            invocation.UsesRunState ? JsonValues.Serialize(execution.State.ToValue()) : null,
            MayHaveResult: _resumed || waitOver,
            Signal: node.Type == NodeTypes.WaitEvent ? TakeSignal(nodeId, WaitEventNodeExecutor.EventNameOf(node.Config)) : null,
            WaitOver: waitOver);
        using (Events.EnterNode(nodeId))
        using (logger.BeginScope(new Dictionary<string, object> { ["RunId"] = RunKey, ["NodeId"] = nodeId }))
        {
            return CallNodeAsync(nodeId, command);
        }
    }

    /// <summary>
    /// Calls the node grain until it answers. A node grain is idempotent (a finished node answers with its stored
    /// result), so a call lost with a silo is simply made again; it re-executes only if the node never finished.
    /// </summary>
    private async Task<NodeExecutionResult> CallNodeAsync(string nodeId, ExecuteNode command)
    {
        var node = GrainFactory.GetGrain<INodeGrain>(NodeKeys.For(RunKey, nodeId));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // A retried call may reach a node that did finish: let it read its storage.
                return await node.ExecuteAsync(attempt == 1 ? command : command with { MayHaveResult = true }, _stop.Token);
            }
            catch (Exception ex) when (!_stop.IsCancellationRequested && ex is not OperationCanceledException)
            {
                var backoff = TimeSpan.FromMilliseconds(Math.Min(5_000, 100 * Math.Pow(2, Math.Min(attempt, 10))));
                LogNodeCallFailed(ex, RunKey, nodeId, attempt, backoff);
                await Task.Delay(backoff, clock, _stop.Token);
            }
        }
    }

    private void Record(WorkflowExecution execution, string nodeId, NodeExecutionResult result)
    {
        var record = run.State.Nodes[nodeId];
        record.CopyExecutionFrom(result);
        record.CompletedAt = result.CompletedAt;
        if (result.Succeeded)
        {
            record.Status = "completed";
            record.ResultJson = result.ResultJson;
            execution.Complete(nodeId, result.ResultJson is null ? null : JsonValues.Parse(result.ResultJson), result.Path);
            if (result.StateJson is not null)
            {
                execution.State = WorkflowState.FromValue(JsonValues.Parse(result.StateJson));
            }
            Events.Emit(RunEvents.NodeCompleted(clock.GetUtcNow(), nodeId, record.Type, result.ResultJson, result.Attempts));
        }
        else
        {
            record.Status = "failed";
            record.Error = result.Error;
            execution.Fail(nodeId, result.Error ?? "unknown error");
            Events.Emit(RunEvents.NodeFailed(clock.GetUtcNow(), nodeId, record.Type, result.Error, result.Attempts));
        }
    }

    private async Task FinishAsync(WorkflowExecution execution)
    {
        foreach (var id in run.State.NodeOrder)
        {
            var record = run.State.Nodes[id];
            if (record.Status is not ("completed" or "failed"))
            {
                record.Status = NodeStatuses.From(execution.StatusOf(id));
                if (record.Status == "skipped")
                {
                    Events.Emit(RunEvents.NodeSkipped(clock.GetUtcNow(), id, record.Type));
                }
            }
        }
        var error = execution.RunError;
        run.State.Status = _stopReason ?? (error is null ? RunStatuses.Completed : RunStatuses.Failed);
        run.State.Errors = _stopReason switch
        {
            RunStatuses.Failed => [$"workflow execution timeout: exceeded {GoDuration.Format(limits.Value.MaxExecutionTime)}"],
            RunStatuses.Cancelled => [$"run cancelled: {run.State.CancelReason}"],
            _ => error is null ? [] : [error],
        };
        run.State.FinalOutputJson = run.State.Status == RunStatuses.Completed ? JsonValues.Serialize(execution.FinalOutput()) : null;
        run.State.CompletedAt = clock.GetUtcNow();
        Events.Emit(RunEvents.RunEnded(run.State.CompletedAt.Value, run.State.Status, run.State.WorkflowId, run.State.FinalOutputJson, run.State.Errors));
        await Events.FlushAsync(); // the history first: a crash before the state write resumes the run, which then re-emits nothing twice
        await WriteRunAsync();
        _deadlineTimer?.Dispose();
        ArmWakeTimer(null);
        LogRunFinished(RunKey, run.State.Status);
        foreach (var waiter in _waiters)
        {
            waiter.TrySetResult();
        }
        await TryUnregisterWatchdogAsync();
    }

    /// <summary>Best effort: a watchdog left behind (e.g. while the reminder service rebalances) removes itself on its next tick.</summary>
    private async Task TryUnregisterWatchdogAsync()
    {
        try
        {
            await UnregisterWatchdogAsync();
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            LogWatchdogNotRemoved(ex, RunKey);
        }
    }

    /// <summary>One state write at a time: a signal's write may overlap the driver's (turns interleave at awaits).</summary>
    private async Task WriteRunAsync()
    {
        await _writes.WaitAsync();
        try
        {
            await run.WriteStateAsync();
        }
        finally
        {
            _writes.Release();
        }
    }

    public void Dispose()
    {
        _stop.Dispose();
        _writes.Dispose();
    }

    private RunSnapshot Snapshot()
    {
        var state = run.State;
        return new RunSnapshot(RunId, state.Status)
        {
            WorkflowId = state.WorkflowId,
            SavedWorkflowId = state.SavedWorkflowId,
            WorkflowVersion = state.WorkflowVersion,
            HomeRegion = RunRegionIds.HomeRegionOf(RunId),
            CreatedAt = state.CreatedAt,
            StartedAt = state.StartedAt,
            CompletedAt = state.CompletedAt,
            FinalOutputJson = state.FinalOutputJson,
            Errors = [.. state.Errors],
            Nodes = state.NodeOrder.Select(id => state.Nodes[id] is var r
                ? new NodeSnapshot(id, r.Type, r.Status)
                {
                    ResultJson = r.ResultJson,
                    Error = r.Error,
                    StartedAt = r.StartedAt,
                    CompletedAt = r.CompletedAt,
                    Attempts = r.Attempts,
                    ExecutedOn = r.ExecutedOn,
                    WaitUntil = r.WaitUntil,
                    WaitSignal = r.WaitSignal,
                    ExecutedInRegion = r.ExecutedInRegion,
                }
                : null!).ToList(),
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} started with {NodeCount} nodes")]
    private partial void LogRunStarted(string runId, int nodeCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} finished: {Status}")]
    private partial void LogRunFinished(string runId, string status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Call to node {NodeId} of run {RunId} failed on attempt {Attempt}; retrying in {Backoff}")]
    private partial void LogNodeCallFailed(Exception exception, string runId, string nodeId, int attempt, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watchdog of run {RunId} not removed now; it removes itself on its next tick")]
    private partial void LogWatchdogNotRemoved(Exception exception, string runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Run {RunId} failed: its driver stopped unexpectedly")]
    private partial void LogDriverFailed(Exception exception, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} handed over to another silo on deactivation ({Reason})")]
    private partial void LogRunHandedOver(string runId, DeactivationReasonCode reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} not drained before its deactivation ({Reason}) timed out; its watchdog resumes it")]
    private partial void LogHandoverTimedOut(string runId, DeactivationReasonCode reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} resuming after reactivation")]
    private partial void LogRunResuming(string runId);
}
