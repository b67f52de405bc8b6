using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Workflows;

namespace Thaiyyal.Grains.Schedules;

/// <summary>
/// One cron schedule. A reminder (period one minute) is the durable backstop that reactivates it anywhere in the
/// cluster; a grain timer set for the exact next fire gives sub-minute precision. Every wake — timer, reminder or
/// a call — plans from the persisted cursor and the clock, never from counted ticks, so a lost tick or an outage
/// only delays fires, and catch-up is decided by policy. A fire is written (with its run id) before its run is
/// started, and a start repeated after a crash reuses that id, so a fire starts at most one run. Keyed
/// <c>TenantKeys.For(tenant, id)</c>: its workflow and runs are its tenant's (it keeps their bare ids).
/// </summary>
public sealed partial class ScheduleGrain(
    [PersistentState("schedule", ThaiyyalStorage.Runs)] IPersistentState<ScheduleState> schedule,
    [FromKeyedServices(ScheduleClock.Key)] TimeProvider clock,
    WorkflowRunStarter starter,
    ILogger<ScheduleGrain> logger) : Grain, IScheduleGrain, IRemindable
{
    public const int HistoryLimit = 200;

    private const string BackstopReminder = "schedule";

    private static readonly TimeSpan BackstopPeriod = TimeSpan.FromMinutes(1);

    /// <summary>How often a <c>buffer_one</c> schedule checks whether the running run has ended.</summary>
    private static readonly TimeSpan BufferPoll = TimeSpan.FromSeconds(1);

    /// <summary>Timers are re-armed at least this often, so a long wait never rests on one far-off timer.</summary>
    private static readonly TimeSpan MaxTimerWait = TimeSpan.FromHours(1);

    /// <summary>The furthest ahead the backstop reminder is set; beyond it, each tick moves it on.</summary>
    private static readonly TimeSpan MaxReminderWait = TimeSpan.FromDays(1);

    private IGrainTimer? _timer;

    /// <summary>Whether the backstop reminder exists, once known in this activation (saves a reminder-table read per fire).</summary>
    private bool? _hasReminder;

    /// <summary>The time this activation last set the backstop reminder to be due at (its next fire).</summary>
    private DateTimeOffset? _reminderDueAt;

    /// <summary>The grain key, <c>TenantKeys.For(tenant, id)</c>; what logs name.</summary>
    private string Key => this.GetPrimaryKeyString();

    private string Id => TenantKeys.IdOf(Key);

    private string TenantId => TenantKeys.TenantOf(Key);

    private IScheduleIndexGrain Index => GrainFactory.GetGrain<IScheduleIndexGrain>(TenantId);

    private IRunGrain Run(string runId) => GrainFactory.GetGrain<IRunGrain>(TenantKeys.For(TenantId, runId));

    private ScheduleState State => schedule.State;

    private bool IsActive => State.Exists && !State.Paused && State.Definition is not null && !HasEnded();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (IsActive)
        {
            Arm(TimeSpan.Zero); // a reactivation (after an outage, or by the reminder) evaluates at once
        }
        return Task.CompletedTask;
    }

    public async Task<ScheduleOutcome> CreateAsync(ScheduleDefinition definition, bool paused)
    {
        if (State.Exists)
        {
            return ScheduleOutcome.Refused(ScheduleOutcomeStatus.Conflict, $"A schedule with id '{Id}' already exists.");
        }
        if (Invalid(definition) is { } invalid)
        {
            return invalid;
        }
        var now = clock.GetUtcNow();
        schedule.State = new ScheduleState
        {
            Exists = true,
            Definition = definition,
            Paused = paused,
            Cursor = now,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await schedule.WriteStateAsync();
        await Index.AddAsync(Id);
        await RearmAsync(now);
        LogScheduleSaved(Key, definition.WorkflowId, definition.Cron, definition.TimeZone);
        return ScheduleOutcome.Ok(Snapshot(now));
    }

    public async Task<ScheduleOutcome> UpdateAsync(ScheduleDefinition definition)
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        if (Invalid(definition) is { } invalid)
        {
            return invalid;
        }
        var now = clock.GetUtcNow();
        State.Definition = definition;
        State.Cursor = Max(State.Cursor, now); // a new expression starts from now: nothing of the old one is caught up
        State.Buffered = null;
        State.UpdatedAt = now;
        await schedule.WriteStateAsync();
        await RearmAsync(now);
        LogScheduleSaved(Key, definition.WorkflowId, definition.Cron, definition.TimeZone);
        return ScheduleOutcome.Ok(Snapshot(now));
    }

    public Task<ScheduleSnapshot?> GetAsync() => Task.FromResult(State.Exists ? Snapshot(clock.GetUtcNow()) : null);

    public async Task<bool> DeleteAsync()
    {
        if (!State.Exists)
        {
            return false;
        }
        await schedule.ClearStateAsync();
        schedule.State = new ScheduleState();
        await Index.RemoveAsync(Id);
        await RearmAsync(clock.GetUtcNow());
        return true;
    }

    public async Task<ScheduleOutcome> PauseAsync()
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        if (!State.Paused)
        {
            State.Paused = true;
            State.Buffered = null; // a paused schedule starts nothing, not even a held fire
            State.UpdatedAt = now;
            await schedule.WriteStateAsync();
            await RearmAsync(now);
        }
        return ScheduleOutcome.Ok(Snapshot(now));
    }

    public async Task<ScheduleOutcome> ResumeAsync()
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        if (State.Paused)
        {
            State.Paused = false;
            State.Cursor = Max(State.Cursor, now); // fires that fell in the pause were not missed by an outage: no catch-up
            State.UpdatedAt = now;
            await schedule.WriteStateAsync();
            await RearmAsync(now);
        }
        return ScheduleOutcome.Ok(Snapshot(now));
    }

    public async Task<ScheduleOutcome> TriggerAsync()
    {
        if (!State.Exists)
        {
            return NotFound();
        }
        var now = clock.GetUtcNow();
        await RefreshActiveRunsAsync();
        var fire = await FireAsync(new PlannedFire(now, ScheduleStatuses.Manual), now, manual: true);
        await schedule.WriteStateAsync();
        await RearmAsync(now);
        return ScheduleOutcome.Ok(Snapshot(now)) with { Fire = fire };
    }

    public Task<IReadOnlyList<DateTimeOffset>?> GetNextFiresAsync(int count)
    {
        if (!State.Exists)
        {
            return Task.FromResult<IReadOnlyList<DateTimeOffset>?>(null);
        }
        IReadOnlyList<DateTimeOffset> fires = IsActive
            ? Cron().Next(Max(State.Cursor, clock.GetUtcNow()), Math.Clamp(count, 1, 100))
            : [];
        return Task.FromResult<IReadOnlyList<DateTimeOffset>?>(fires);
    }

    public Task<IReadOnlyList<ScheduleFire>?> GetHistoryAsync() =>
        Task.FromResult<IReadOnlyList<ScheduleFire>?>(State.Exists ? State.History.ToList() : null);

    public async Task WakeAsync()
    {
        if (!State.Exists)
        {
            await RearmAsync(clock.GetUtcNow());
            return;
        }
        var now = clock.GetUtcNow();
        var changed = await RetryStartingAsync();
        if (State.ActiveRunIds.Count > 0 && (State.Buffered is not null || IsActive))
        {
            changed |= await RefreshActiveRunsAsync();
        }
        if (State.Buffered is { } buffered && State.ActiveRunIds.Count == 0)
        {
            State.Buffered = null;
            await FireAsync(buffered, now, manual: false);
            changed = true;
        }
        if (IsActive && now > State.Cursor)
        {
            var plan = SchedulePlanner.Plan(Cron(), State.Definition!, State.Cursor, now);
            State.Cursor = now;
            foreach (var skipped in plan.Skipped)
            {
                Record(skipped);
                LogFiresMissed(Key, skipped.Count ?? -1, skipped.Detail);
            }
            foreach (var fire in plan.Fires)
            {
                await FireAsync(fire, now, manual: false);
            }
            State.LastFireAt = plan.Fires.Count > 0 ? plan.Fires[^1].ScheduledAt : State.LastFireAt;
            changed |= plan.Fires.Count > 0 || plan.Skipped.Count > 0;
        }
        if (changed)
        {
            await schedule.WriteStateAsync();
        }
        await RearmAsync(now);
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => WakeAsync();

    /// <summary>Applies the overlap policy to one fire and starts its run (or records why not).</summary>
    private async Task<ScheduleFire> FireAsync(PlannedFire fire, DateTimeOffset now, bool manual)
    {
        var definition = State.Definition!;
        DateTimeOffset? scheduledAt = manual ? null : fire.ScheduledAt;
        string? detail = null;
        if (State.ActiveRunIds.Count > 0)
        {
            switch (definition.Overlap)
            {
                case SchedulePolicies.Skip:
                    return Record(new ScheduleFire(scheduledAt, now, fire.Trigger, ScheduleStatuses.SkippedOverlap)
                    {
                        Detail = $"run {State.ActiveRunIds[0]} is still running",
                    });
                case SchedulePolicies.BufferOne when State.Buffered is not null:
                    return Record(new ScheduleFire(scheduledAt, now, fire.Trigger, ScheduleStatuses.SkippedOverlap)
                    {
                        Detail = "a fire is already buffered",
                    });
                case SchedulePolicies.BufferOne:
                    State.Buffered = fire with { Trigger = manual ? ScheduleStatuses.Manual : fire.Trigger };
                    return Record(new ScheduleFire(scheduledAt, now, fire.Trigger, ScheduleStatuses.Buffered)
                    {
                        Detail = $"waits for run {State.ActiveRunIds[0]}",
                    });
                case SchedulePolicies.CancelPrevious:
                    var cancelled = State.ActiveRunIds.ToList();
                    foreach (var runId in cancelled)
                    {
                        await Run(runId).CancelAsync($"cancelled by schedule {Id} (overlap policy cancel_previous)");
                    }
                    State.ActiveRunIds.Clear();
                    detail = $"cancelled {string.Join(", ", cancelled)}";
                    break;
            }
        }
        var entry = Record(new ScheduleFire(scheduledAt, now, fire.Trigger, ScheduleStatuses.Starting)
        {
            RunId = RunRegionIds.New(definition.Region ?? RegionNames.Default),
            WorkflowVersion = definition.VersionPolicy == SchedulePolicies.Pinned ? definition.Version : null,
            Detail = detail,
        });
        State.ActiveRunIds.Add(entry.RunId!);
        await schedule.WriteStateAsync(); // the fire and its run id are durable before the run exists
        return await StartAsync(entry);
    }

    private async Task<ScheduleFire> StartAsync(ScheduleFire entry)
    {
        var definition = State.Definition!;
        var version = definition.VersionPolicy == SchedulePolicies.Pinned ? definition.Version : null;
        ScheduleFire finished;
        try
        {
            var start = await starter.StartAsync(TenantId, definition.WorkflowId, version, definition.InputsJson, entry.RunId!, strict: true);
            finished = start.Status == WorkflowRunStartStatus.Started
                ? entry with { Outcome = ScheduleStatuses.Started, WorkflowVersion = start.Version!.Version }
                : entry with { Outcome = ScheduleStatuses.Failed, WorkflowVersion = start.Version?.Version, Detail = start.Message };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Left "starting": the next wake retries with the same run id.
            LogStartFailed(ex, Key, entry.RunId!);
            return entry;
        }
        if (finished.Outcome == ScheduleStatuses.Failed)
        {
            State.ActiveRunIds.Remove(entry.RunId!);
            LogFireFailed(Key, finished.Detail);
        }
        Replace(entry, finished);
        return finished;
    }

    /// <summary>Fires written but whose run start was not confirmed (a crash or a failed call) are started again.</summary>
    private async Task<bool> RetryStartingAsync()
    {
        var pending = State.History.Where(f => f.Outcome == ScheduleStatuses.Starting).ToList();
        foreach (var entry in pending)
        {
            await StartAsync(entry);
        }
        return pending.Count > 0;
    }

    /// <summary>Drops finished runs from the active list; true when it changed.</summary>
    private async Task<bool> RefreshActiveRunsAsync()
    {
        var finished = new List<string>();
        foreach (var runId in State.ActiveRunIds)
        {
            var run = await Run(runId).GetSnapshotAsync();
            if (run.IsTerminal || run.Status == RunSnapshot.UnknownStatus)
            {
                finished.Add(runId);
            }
        }
        State.ActiveRunIds.RemoveAll(finished.Contains);
        return finished.Count > 0;
    }

    /// <summary>
    /// Sets the timer for the next fire (or the buffer poll) and keeps the reminder only while it can fire. The
    /// reminder is due at the next fire itself (then every <see cref="BackstopPeriod"/>), so a schedule whose silo went
    /// away still fires on time on the silo that takes its reminders over: one reminder write per fire.
    /// </summary>
    private async Task RearmAsync(DateTimeOffset now)
    {
        var active = IsActive;
        var wanted = active || State.Buffered is not null;
        var next = active ? Cron().NextAfter(Max(State.Cursor, now)) : null;
        if (wanted)
        {
            // Reminders cannot be due further ahead than a timer can wait: a far fire is approached a day at a time.
            var dueAt = next is { } n && n - now < MaxReminderWait ? n : now + (next is null ? BackstopPeriod : MaxReminderWait);
            if (_reminderDueAt != dueAt)
            {
                await this.RegisterOrUpdateReminder(BackstopReminder, dueAt > now ? dueAt - now : TimeSpan.Zero, BackstopPeriod);
                _reminderDueAt = dueAt;
                _hasReminder = true;
            }
        }
        else
        {
            _hasReminder ??= await this.GetReminder(BackstopReminder) is not null;
            if (_hasReminder == true)
            {
                if (await this.GetReminder(BackstopReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }
                _hasReminder = false;
                _reminderDueAt = null;
            }
        }
        TimeSpan? wait = null;
        if (next is { } nextFire)
        {
            wait = nextFire - now;
        }
        if (State.Buffered is not null)
        {
            wait = wait is { } w && w < BufferPoll ? w : BufferPoll;
        }
        if (wait is { } due)
        {
            Arm(due < TimeSpan.Zero ? TimeSpan.Zero : due > MaxTimerWait ? MaxTimerWait : due);
        }
        else
        {
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void Arm(TimeSpan due)
    {
        if (_timer is null)
        {
            _timer = this.RegisterGrainTimer(WakeAsync, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan));
        }
        else
        {
            _timer.Change(due, Timeout.InfiniteTimeSpan);
        }
    }

    private ScheduleFire Record(ScheduleFire fire)
    {
        State.History.Insert(0, fire);
        if (State.History.Count > HistoryLimit)
        {
            State.History.RemoveRange(HistoryLimit, State.History.Count - HistoryLimit);
        }
        return fire;
    }

    private void Replace(ScheduleFire old, ScheduleFire updated)
    {
        var at = State.History.IndexOf(old);
        if (at >= 0)
        {
            State.History[at] = updated;
        }
    }

    private bool HasEnded() =>
        State.Definition?.EndAt is { } end && State.Cursor >= end || Cron().NextAfter(State.Cursor) is null;

    private CronSchedule Cron()
    {
        var d = State.Definition!;
        return CronSchedule.Create(d.Cron, d.TimeZone, d.StartAt, d.EndAt);
    }

    private ScheduleSnapshot Snapshot(DateTimeOffset now)
    {
        var status = State.Paused ? ScheduleStatuses.Paused : HasEnded() ? ScheduleStatuses.Ended : ScheduleStatuses.Active;
        return new ScheduleSnapshot(Id, State.Definition!, status)
        {
            NextFireAt = status == ScheduleStatuses.Active ? Cron().NextAfter(Max(State.Cursor, now)) : null,
            LastFireAt = State.LastFireAt,
            CreatedAt = State.CreatedAt,
            UpdatedAt = State.UpdatedAt,
            ActiveRunIds = [.. State.ActiveRunIds],
            BufferedFireAt = State.Buffered?.ScheduledAt,
        };
    }

    private static ScheduleOutcome? Invalid(ScheduleDefinition definition)
    {
        var problems = ScheduleValidator.Validate(definition);
        return problems.Count == 0
            ? null
            : new ScheduleOutcome(ScheduleOutcomeStatus.Invalid, null) { Message = string.Join("; ", problems.Select(p => p.Message)), Problems = problems };
    }

    private ScheduleOutcome NotFound() => ScheduleOutcome.Refused(ScheduleOutcomeStatus.NotFound, $"No schedule has id '{Id}'.");

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Schedule {ScheduleId} saved: workflow {WorkflowId}, cron '{Cron}' in {TimeZone}")]
    private partial void LogScheduleSaved(string scheduleId, string workflowId, string cron, string timeZone);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} did not run {Count} missed fires: {Reason}")]
    private partial void LogFiresMissed(string scheduleId, int count, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} fired but started no run: {Reason}")]
    private partial void LogFireFailed(string scheduleId, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Schedule {ScheduleId} could not start run {RunId}; the next wake retries it")]
    private partial void LogStartFailed(Exception exception, string scheduleId, string runId);
}
