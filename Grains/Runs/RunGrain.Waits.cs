using Microsoft.Extensions.Logging;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Grains.Runs;

/// <summary>
/// Waiting: nodes that suspend (long delays, <c>wait_event</c>), parking the run durably when nothing else can run,
/// waking it (timer for precision, the watchdog reminder as the durable backstop) and signals.
/// <para>
/// A parked run holds no thread and no pending call: its state (status <c>waiting</c>, the wake time, every signal)
/// is written, the watchdog reminder is moved to the wake time (or the deadline), and the activation is no longer
/// kept alive. Resuming is the same path as recovering from a crash: a new drive re-asks every node grain, finished
/// ones answer from storage, waiting ones resume when their time came or their signal arrived.
/// </para>
/// </summary>
public sealed partial class RunGrain
{
    private TaskCompletionSource _nudge = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IGrainTimer? _wakeTimer;

    /// <summary>Signals whose write is in flight: a failed write takes them back, so nothing may act on them yet.</summary>
    private readonly HashSet<SignalRecord> _unsavedSignals = [];

    /// <summary>The drive that parked in this activation, kept so resuming skips re-asking the finished nodes.</summary>
    private RunDrive? _parkedDrive;

    /// <summary>Completes when a waiting node may be able to go on (a signal arrived, a wait's time came).</summary>
    private Task Nudges => _nudge.Task.IsCompleted
        ? (_nudge = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task
        : _nudge.Task;

    public async Task<SignalReceipt> SignalAsync(string name, string payloadJson, string? idempotencyKey = null)
    {
        var status = run.State.Status;
        if (status == RunSnapshot.UnknownStatus)
        {
            return new SignalReceipt(SignalOutcomes.UnknownRun, status);
        }
        if (idempotencyKey is not null && run.State.Signals.Find(s => s.IdempotencyKey == idempotencyKey) is { } earlier)
        {
            // Checked before "finished": the sender's retry of a signal that did arrive gets the same answer.
            return earlier.Name == name && earlier.PayloadJson == payloadJson
                ? new SignalReceipt(SignalOutcomes.Accepted, status, earlier.Seq, Replayed: true)
                : new SignalReceipt(SignalOutcomes.KeyReused, status,
                    Detail: $"idempotency key '{idempotencyKey}' was already used for signal {earlier.Seq} ('{earlier.Name}') with another payload");
        }
        if (run.State.IsTerminal)
        {
            return new SignalReceipt(SignalOutcomes.RunFinished, status, Detail: $"run '{RunId}' has already {status}: no node can receive signal '{name}'");
        }
        var options = runOptions.Value;
        if (System.Text.Encoding.UTF8.GetByteCount(payloadJson) > options.MaxSignalPayloadBytes)
        {
            return new SignalReceipt(SignalOutcomes.TooLarge, status, Detail: $"signal payloads are limited to {options.MaxSignalPayloadBytes} bytes");
        }
        if (run.State.Signals.Count >= options.MaxSignalsPerRun)
        {
            return new SignalReceipt(SignalOutcomes.TooMany, status, Detail: $"run '{RunId}' has received its limit of {options.MaxSignalsPerRun} signals");
        }
        var signal = new SignalRecord
        {
            Seq = run.State.Signals.Count + 1,
            Name = name,
            PayloadJson = payloadJson,
            ReceivedAt = clock.GetUtcNow(),
            IdempotencyKey = idempotencyKey,
        };
        run.State.Signals.Add(signal);
        _unsavedSignals.Add(signal); // no node may take it before it is durable
        try
        {
            await WriteRunAsync(); // durable before it is acknowledged
        }
        catch
        {
            // Not acknowledged, so not kept: the sender will try again, and one signal must not arrive twice.
            run.State.Signals.Remove(signal);
            throw;
        }
        finally
        {
            _unsavedSignals.Remove(signal);
        }
        LogSignalReceived(RunKey, name, signal.Seq);
        if (run.State.Status == RunStatuses.Waiting && WaitsFor(name))
        {
            ResumeParked();
        }
        else
        {
            _nudge.TrySetResult();
        }
        return new SignalReceipt(SignalOutcomes.Accepted, status, signal.Seq);
    }

    /// <summary>A waiting node may go on: its time came (by this run's clock) or a signal it waits for is here.</summary>
    private bool CanResume(string nodeId, NodeExecutionResult waiting) =>
        waiting.WaitUntil <= clock.GetUtcNow() || (waiting.WaitSignal is { } name && FindSignal(nodeId, name) is not null);

    private void RecordWaiting(string nodeId, NodeExecutionResult result)
    {
        var record = run.State.Nodes[nodeId];
        record.Status = "waiting";
        record.CopyExecutionFrom(result);
    }

    /// <summary>
    /// Parks the run: status <c>waiting</c> and the wake time written, the watchdog reminder moved to the wake time
    /// (never later than the deadline), the wake timer set, the activation no longer kept alive.
    /// </summary>
    private async Task ParkAsync(IReadOnlyDictionary<string, NodeExecutionResult> waiting)
    {
        var now = clock.GetUtcNow();
        var wakeAt = waiting.Values.Min(w => w.WaitUntil);
        run.State.Status = RunStatuses.Waiting;
        run.State.WakeAt = wakeAt;
        foreach (var (nodeId, wait) in waiting)
        {
            Events.Emit(RunEvents.RunWaiting(now, nodeId, run.State.Nodes[nodeId].Type, wait.WaitUntil, wait.WaitSignal));
        }
        var deadline = run.State.Deadline ?? now + limits.Value.MaxExecutionTime;
        var due = wakeAt is { } wake && wake < deadline ? wake : deadline;
        var dueIn = due > now ? due - now : TimeSpan.Zero;
        // Both writes at once: they touch different tables, and a crash between them is covered either way (a
        // "waiting" run whose reminder still ticks on its period, or a "running" run resumed by a due reminder).
        await Task.WhenAll(WriteRunAsync(), MoveWatchdogAsync(dueIn));
        if (dueIn > runOptions.Value.ParkedActivationKeepAlive)
        {
            await Events.FlushAsync(); // the activation goes away below: its history must not wait for a later batch
        }
        ArmWakeTimer(wakeAt);
        LogRunParked(RunKey, waiting.Count, wakeAt);
    }

    /// <summary>A run that parks for long gives its activation up now; a near wake keeps an idle (collectable) one for the timer.</summary>
    private void ReleaseIfWakeIsFar()
    {
        DelayDeactivation(TimeSpan.Zero); // no longer pinned: regular idle collection applies
        var due = run.State.WakeAt ?? run.State.Deadline;
        if (due is null || due.Value - clock.GetUtcNow() > runOptions.Value.ParkedActivationKeepAlive)
        {
            DeactivateOnIdle();
        }
    }

    /// <summary>The parked drive goes on after all (something arrived while the park was being written).</summary>
    private void Unpark()
    {
        run.State.Status = RunStatuses.Running;
        run.State.WakeAt = null;
        DelayDeactivation(limits.Value.MaxExecutionTime);
    }

    /// <summary>A parked run (this activation's, or one read from storage) resumes when its time came or a signal is there for it.</summary>
    private void WakeUpParked()
    {
        EnsureDeadlineTimer();
        var wakeAt = run.State.WakeAt;
        if (FirstNodeWhoseWaitIsOver() is not null || wakeAt <= clock.GetUtcNow())
        {
            ResumeParked();
        }
        else
        {
            ArmWakeTimer(wakeAt);
        }
    }

    /// <summary>Starts a new drive of a parked run. No state is written: a crash now leaves it parked and due, so it resumes again.</summary>
    private void ResumeParked()
    {
        if (run.State.Status != RunStatuses.Waiting || _driver is { IsCompleted: false })
        {
            return; // not parked, or its drive is still writing the park (it checks again before it stops)
        }
        Unpark();
        ArmWakeTimer(null);
        if (FirstNodeWhoseWaitIsOver() is { } nodeId)
        {
            Events.Emit(RunEvents.RunResumed(clock.GetUtcNow(), nodeId, run.State.Nodes[nodeId].Type));
        } // else a cancel or the deadline wakes it: its terminal event follows
        var drive = _parkedDrive;
        _parkedDrive = null;
        _resumed |= drive is null; // a drive from the start meets nodes that finished before: they read their storage
        LogRunResumed(RunKey, drive is not null);
        StartDriver(drive ?? NewDrive(Prepare()));
    }

    /// <summary>One timer for the earliest wait: it resumes a parked run or nudges a running drive.</summary>
    private void ArmWakeTimer(DateTimeOffset? at)
    {
        _wakeTimer?.Dispose();
        _wakeTimer = null;
        if (at is not { } wakeAt)
        {
            return;
        }
        var dueIn = wakeAt - clock.GetUtcNow();
        _wakeTimer = this.RegisterGrainTimer(
            () =>
            {
                if (run.State.Status == RunStatuses.Waiting)
                {
                    WakeUpParked(); // resumes when due; a timer that fires early re-arms instead of re-parking the run
                }
                else
                {
                    _nudge.TrySetResult();
                }
                return Task.CompletedTask;
            },
            new GrainTimerCreationOptions(dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
    }

    private bool WaitsFor(string signalName) =>
        run.State.Nodes.Values.Any(n => n.Status == "waiting" && n.WaitSignal == signalName);

    private string? FirstNodeWhoseWaitIsOver() =>
        run.State.NodeOrder.FirstOrDefault(id => run.State.Nodes[id] is { Status: "waiting" } node
            && (node.WaitUntil <= clock.GetUtcNow() || (node.WaitSignal is { } name && FindSignal(id, name) is not null)));

    /// <summary>The first signal of that name not handed to another node (a node asked again gets the same one).</summary>
    private SignalRecord? FindSignal(string nodeId, string name) =>
        run.State.Signals.FirstOrDefault(s =>
            s.Name == name && (s.ConsumedBy is null || s.ConsumedBy == nodeId) && !_unsavedSignals.Contains(s));

    /// <summary>Hands the node its signal, if one is here; the claim is written with the run's next write.</summary>
    private SignalDelivery? TakeSignal(string nodeId, string? name)
    {
        if (name is null || FindSignal(nodeId, name) is not { } signal)
        {
            return null;
        }
        signal.ConsumedBy = nodeId;
        return new SignalDelivery(signal.Name, signal.PayloadJson);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} parked with {WaitingNodes} waiting nodes until {WakeAt}")]
    private partial void LogRunParked(string runId, int waitingNodes, DateTimeOffset? wakeAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} resumed from parking (same activation: {InMemory})")]
    private partial void LogRunResumed(string runId, bool inMemory);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} received signal {SignalName} (#{Seq})")]
    private partial void LogSignalReceived(string runId, string signalName, long seq);
}
