using Orleans.Core.Internal;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Abstractions.Workflows;
using static Thaiyyal.Grains.Tests.Schedules.ScheduleTestWorkflows;

namespace Thaiyyal.Grains.Tests.Schedules;

[Collection(ScheduleClusterCollection.Name)]
public sealed class ScheduleGrainTests(ScheduleClusterFixture fixture)
{
    private IGrainFactory Grains => fixture.Client;

    private async Task<IScheduleGrain> CreateAsync(ScheduleDefinition definition, bool paused = false)
    {
        var grain = Grains.GetGrain<IScheduleGrain>($"s-{Guid.NewGuid():N}");
        var outcome = await grain.CreateAsync(definition, paused);
        Assert.Equal(ScheduleOutcomeStatus.Ok, outcome.Status);
        return grain;
    }

    /// <summary>Moves the fake clock just past the schedule's next fire and wakes it, as its timer would.</summary>
    private async Task<DateTimeOffset> FireNextAsync(IScheduleGrain schedule)
    {
        var next = (await schedule.GetAsync())!.NextFireAt!.Value;
        fixture.Clock.SetUtcNow(next.AddMilliseconds(250));
        await schedule.WakeAsync();
        return next;
    }

    private async Task CancelAllAsync(IScheduleGrain schedule)
    {
        foreach (var fire in (await schedule.GetHistoryAsync())!.Where(f => f.RunId is not null))
        {
            await Grains.GetGrain<IRunGrain>(fire.RunId!).CancelAsync("test over");
        }
        await schedule.DeleteAsync();
    }

    [Fact]
    public async Task Wake_FireTimeReached_StartsRunOfPublishedVersion()
    {
        var workflow = await SaveAsync(Grains, Number(7));
        var schedule = await CreateAsync(Definition(workflow, "0 * * * *"));

        var due = await FireNextAsync(schedule);

        var fire = Assert.Single((await schedule.GetHistoryAsync())!);
        Assert.Equal((due, ScheduleStatuses.Scheduled, ScheduleStatuses.Started, 1), (fire.ScheduledAt!.Value, fire.Trigger, fire.Outcome, fire.WorkflowVersion!.Value));
        var run = await Grains.GetGrain<IRunGrain>(fire.RunId!).WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("completed", "7"), (run.Status, run.FinalOutputJson));
        Assert.Equal(due, (await schedule.GetAsync())!.LastFireAt);
    }

    [Fact]
    public async Task Wake_BeforeFireTime_DoesNothing()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(1)), "0 0 1 1 *"));

        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await schedule.WakeAsync();

        Assert.Empty((await schedule.GetHistoryAsync())!);
    }

    [Fact]
    public async Task Wake_PinnedVersion_RunsThatVersionAfterANewerIsPublished()
    {
        var workflow = await SaveAsync(Grains, Number(1));
        await Grains.GetGrain<IWorkflowGrain>(workflow).UpdateAsync(new SaveWorkflow("test", null, Number(2), Publish: true, Strict: true));
        var pinned = await CreateAsync(Definition(workflow, "0 * * * *") with { VersionPolicy = SchedulePolicies.Pinned, Version = 1 });
        var latest = await CreateAsync(Definition(workflow, "0 * * * *"));

        await FireNextAsync(pinned);
        await latest.WakeAsync();

        var pinnedFire = Assert.Single((await pinned.GetHistoryAsync())!);
        var latestFire = Assert.Single((await latest.GetHistoryAsync())!);
        Assert.Equal((1, 2), (pinnedFire.WorkflowVersion!.Value, latestFire.WorkflowVersion!.Value));
        var pinnedRun = await Grains.GetGrain<IRunGrain>(pinnedFire.RunId!).WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        var latestRun = await Grains.GetGrain<IRunGrain>(latestFire.RunId!).WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("1", "2"), (pinnedRun.FinalOutputJson, latestRun.FinalOutputJson));
    }

    [Fact]
    public async Task Wake_OverlapSkip_SkipsWhileTheRunIsRunning()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Slow), "* * * * *", SchedulePolicies.Skip));

        await FireNextAsync(schedule);
        await FireNextAsync(schedule);

        var history = (await schedule.GetHistoryAsync())!;
        Assert.Equal([ScheduleStatuses.SkippedOverlap, ScheduleStatuses.Started], history.Select(f => f.Outcome));
        await CancelAllAsync(schedule);
    }

    [Fact]
    public async Task Wake_OverlapAllowAll_StartsEveryFire()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Slow), "* * * * *", SchedulePolicies.AllowAll));

        await FireNextAsync(schedule);
        await FireNextAsync(schedule);

        var history = (await schedule.GetHistoryAsync())!;
        Assert.Equal([ScheduleStatuses.Started, ScheduleStatuses.Started], history.Select(f => f.Outcome));
        Assert.Equal(2, (await schedule.GetAsync())!.ActiveRunIds.Count);
        await CancelAllAsync(schedule);
    }

    [Fact]
    public async Task Wake_OverlapCancelPrevious_CancelsTheRunningRunThenStarts()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Slow), "* * * * *", SchedulePolicies.CancelPrevious));

        await FireNextAsync(schedule);
        await FireNextAsync(schedule);

        var history = (await schedule.GetHistoryAsync())!;
        Assert.Equal([ScheduleStatuses.Started, ScheduleStatuses.Started], history.Select(f => f.Outcome));
        var first = await Grains.GetGrain<IRunGrain>(history[1].RunId!).GetSnapshotAsync();
        Assert.Equal("cancelled", first.Status);
        Assert.Contains(history[1].RunId!, history[0].Detail, StringComparison.Ordinal);
        await CancelAllAsync(schedule);
    }

    [Fact]
    public async Task Wake_OverlapBufferOne_HoldsOneFireUntilTheRunEnds()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Slow), "* * * * *", SchedulePolicies.BufferOne));
        await FireNextAsync(schedule);
        var buffered = await FireNextAsync(schedule);
        await FireNextAsync(schedule);
        var history = (await schedule.GetHistoryAsync())!;
        Assert.Equal([ScheduleStatuses.SkippedOverlap, ScheduleStatuses.Buffered, ScheduleStatuses.Started], history.Select(f => f.Outcome));
        Assert.Equal(buffered, (await schedule.GetAsync())!.BufferedFireAt);

        await Grains.GetGrain<IRunGrain>(history[2].RunId!).CancelAsync("let the buffered fire run");
        await schedule.WakeAsync();

        var latest = (await schedule.GetHistoryAsync())![0];
        Assert.Equal((ScheduleStatuses.Started, buffered), (latest.Outcome, latest.ScheduledAt!.Value));
        Assert.Null((await schedule.GetAsync())!.BufferedFireAt);
        await CancelAllAsync(schedule);
    }

    [Fact]
    public async Task Wake_AfterOutageWithFireEach_RunsEachMissedFire()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(3)), "0 * * * *", catchUp: SchedulePolicies.FireEach));
        var first = (await schedule.GetAsync())!.NextFireAt!.Value;

        fixture.Clock.SetUtcNow(first.AddHours(2).AddMinutes(30)); // nothing woke the schedule for three fire times
        await schedule.WakeAsync();

        var history = (await schedule.GetHistoryAsync())!;
        Assert.Equal([first.AddHours(2), first.AddHours(1), first], history.Select(f => f.ScheduledAt!.Value));
        Assert.All(history, f => Assert.Equal((ScheduleStatuses.CatchUp, ScheduleStatuses.Started), (f.Trigger, f.Outcome)));
    }

    [Fact]
    public async Task Wake_AfterOutageWithFireOnce_RunsOnceAndRecordsTheSkipped()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(3)), "0 * * * *", catchUp: SchedulePolicies.FireOnce));
        var first = (await schedule.GetAsync())!.NextFireAt!.Value;

        fixture.Clock.SetUtcNow(first.AddHours(2).AddMinutes(30));
        await schedule.WakeAsync();

        var history = (await schedule.GetHistoryAsync())!;
        var started = Assert.Single(history, f => f.Outcome == ScheduleStatuses.Started);
        Assert.Equal(first.AddHours(2), started.ScheduledAt);
        Assert.Equal(2, Assert.Single(history, f => f.Outcome == ScheduleStatuses.SkippedMissed).Count);
    }

    [Fact]
    public async Task Wake_AfterOutageWithSkip_RunsNothingMissed()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(3)), "0 * * * *", catchUp: SchedulePolicies.Skip));
        var first = (await schedule.GetAsync())!.NextFireAt!.Value;

        fixture.Clock.SetUtcNow(first.AddHours(2).AddMinutes(30));
        await schedule.WakeAsync();

        var fire = Assert.Single((await schedule.GetHistoryAsync())!);
        Assert.Equal((ScheduleStatuses.SkippedMissed, 3), (fire.Outcome, fire.Count!.Value));
        Assert.Equal(first.AddHours(3), (await schedule.GetAsync())!.NextFireAt);
    }

    [Fact]
    public async Task Reactivation_AfterMissedFires_CatchesUpFromPersistedStateWithoutAWake()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(3)), "0 * * * *", catchUp: SchedulePolicies.FireEach));
        var first = (await schedule.GetAsync())!.NextFireAt!.Value;
        fixture.Clock.SetUtcNow(first.AddHours(1).AddMinutes(30));

        // The activation goes away (as with a dead silo); the next activation must evaluate on its own.
        await schedule.AsReference<IGrainManagementExtension>().DeactivateOnIdle(TestContext.Current.CancellationToken);
        IReadOnlyList<ScheduleFire> history = [];
        var until = DateTime.UtcNow.AddSeconds(30);
        while (history.Count < 2 && DateTime.UtcNow < until)
        {
            history = (await schedule.GetHistoryAsync())!; // activates the grain; its activation wakes it
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal([first.AddHours(1), first], history.Select(f => f.ScheduledAt!.Value));
        Assert.All(history, f => Assert.Equal(ScheduleStatuses.Started, f.Outcome));
    }

    [Fact]
    public async Task PauseResume_FiresInThePause_AreNotCaughtUp()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(3)), "0 * * * *", catchUp: SchedulePolicies.FireEach));
        await schedule.PauseAsync();
        fixture.Clock.Advance(TimeSpan.FromHours(3));
        await schedule.WakeAsync();
        Assert.Equal(ScheduleStatuses.Paused, (await schedule.GetAsync())!.Status);
        Assert.Empty((await schedule.GetNextFiresAsync(3))!);

        var resumed = await schedule.ResumeAsync();
        await schedule.WakeAsync();

        Assert.Equal(ScheduleStatuses.Active, resumed.Schedule!.Status);
        Assert.Empty((await schedule.GetHistoryAsync())!);
    }

    [Fact]
    public async Task GetNextFires_InZone_ListsUtcInstants()
    {
        var schedule = await CreateAsync(Definition(await SaveAsync(Grains, Number(3)), "0 9 * * *") with { TimeZone = "Asia/Kolkata" });

        var fires = (await schedule.GetNextFiresAsync(3))!;

        Assert.Equal(3, fires.Count);
        Assert.All(fires, f => Assert.Equal((3, 30), (f.UtcDateTime.Hour, f.UtcDateTime.Minute)));
        Assert.All(fires.Zip(fires.Skip(1)), p => Assert.Equal(TimeSpan.FromDays(1), p.Second - p.First));
    }

    [Fact]
    public async Task Trigger_MissingWorkflow_RecordsAFailedFire()
    {
        var schedule = await CreateAsync(Definition("no-such-workflow", "0 * * * *"));

        var outcome = await schedule.TriggerAsync();

        Assert.Equal((ScheduleStatuses.Manual, ScheduleStatuses.Failed), (outcome.Fire!.Trigger, outcome.Fire.Outcome));
        Assert.Contains("no-such-workflow", outcome.Fire.Detail, StringComparison.Ordinal);
        Assert.Empty(outcome.Schedule!.ActiveRunIds);
    }

    [Fact]
    public async Task Create_InvalidDefinition_NamesTheFieldsAndSavesNothing()
    {
        var grain = Grains.GetGrain<IScheduleGrain>($"s-{Guid.NewGuid():N}");

        var outcome = await grain.CreateAsync(Definition("wf", "every day") with { TimeZone = "Nowhere/Land" }, paused: false);

        Assert.Equal(ScheduleOutcomeStatus.Invalid, outcome.Status);
        Assert.Equal(["cron", "timeZone"], outcome.Problems.Select(p => p.Field));
        Assert.Null(await grain.GetAsync());
    }
}
