using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Schedules;

namespace Thaiyyal.Grains.Tests.Schedules;

public sealed class SchedulePlannerTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static ScheduleDefinition Hourly(string catchUp, TimeSpan? window = null, int limit = 10) =>
        new("wf", SchedulePolicies.Latest, null, null, "0 * * * *", "UTC", null, null, SchedulePolicies.AllowAll, catchUp, window ?? TimeSpan.FromHours(6), limit);

    private static FirePlan Plan(ScheduleDefinition definition, DateTimeOffset cursor, DateTimeOffset now) =>
        SchedulePlanner.Plan(CronSchedule.Create(definition.Cron, definition.TimeZone, definition.StartAt, definition.EndAt), definition, cursor, now);

    [Fact]
    public void Plan_FireDueJustNow_FiresOnTime()
    {
        var plan = Plan(Hourly(SchedulePolicies.FireOnce), T0.AddMinutes(59), T0.AddHours(1).AddMilliseconds(3));

        var fire = Assert.Single(plan.Fires);
        Assert.Equal(new PlannedFire(T0.AddHours(1), ScheduleStatuses.Scheduled), fire);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Plan_NothingDue_IsEmpty()
    {
        var plan = Plan(Hourly(SchedulePolicies.FireOnce), T0.AddMinutes(1), T0.AddMinutes(30));

        Assert.Empty(plan.Fires);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Plan_FireOnceAfterOutage_RunsOnlyTheMostRecentMissedFire()
    {
        // Down from 00:30 to 03:30: 01:00, 02:00 and 03:00 were missed.
        var plan = Plan(Hourly(SchedulePolicies.FireOnce), T0.AddMinutes(30), T0.AddHours(3).AddMinutes(30));

        Assert.Equal([new PlannedFire(T0.AddHours(3), ScheduleStatuses.CatchUp)], plan.Fires);
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal((T0.AddHours(1), 2, ScheduleStatuses.SkippedMissed), (skipped.ScheduledAt!.Value, skipped.Count!.Value, skipped.Outcome));
    }

    [Fact]
    public void Plan_FireOnceWithOnTimeFire_FoldsMissedIntoIt()
    {
        var plan = Plan(Hourly(SchedulePolicies.FireOnce), T0.AddMinutes(30), T0.AddHours(3).AddSeconds(5));

        Assert.Equal([new PlannedFire(T0.AddHours(3), ScheduleStatuses.Scheduled)], plan.Fires);
        Assert.Equal(2, Assert.Single(plan.Skipped).Count);
    }

    [Fact]
    public void Plan_FireEach_RunsEveryMissedFireInOrder()
    {
        var plan = Plan(Hourly(SchedulePolicies.FireEach), T0.AddMinutes(30), T0.AddHours(3).AddSeconds(5));

        Assert.Equal(
            [new PlannedFire(T0.AddHours(1), ScheduleStatuses.CatchUp), new PlannedFire(T0.AddHours(2), ScheduleStatuses.CatchUp), new PlannedFire(T0.AddHours(3), ScheduleStatuses.Scheduled)],
            plan.Fires);
        Assert.Empty(plan.Skipped);
    }

    [Fact]
    public void Plan_FireEachBeyondLimit_RunsTheMostRecentAndSkipsTheRest()
    {
        var plan = Plan(Hourly(SchedulePolicies.FireEach, limit: 2), T0.AddMinutes(30), T0.AddHours(5).AddMinutes(30));

        Assert.Equal([new PlannedFire(T0.AddHours(4), ScheduleStatuses.CatchUp), new PlannedFire(T0.AddHours(5), ScheduleStatuses.CatchUp)], plan.Fires);
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal((T0.AddHours(1), 3), (skipped.ScheduledAt!.Value, skipped.Count!.Value));
    }

    [Fact]
    public void Plan_Skip_RunsNothingMissed()
    {
        var plan = Plan(Hourly(SchedulePolicies.Skip), T0.AddMinutes(30), T0.AddHours(3).AddMinutes(30));

        Assert.Empty(plan.Fires);
        Assert.Equal(3, Assert.Single(plan.Skipped).Count);
    }

    [Fact]
    public void Plan_MissedOutsideWindow_AreSkippedWhateverThePolicy()
    {
        // Window 2h at 10:30: 09:00 and 10:00 may catch up; 01:00..08:00 are too old.
        var plan = Plan(Hourly(SchedulePolicies.FireEach, window: TimeSpan.FromHours(2)), T0.AddMinutes(30), T0.AddHours(10).AddMinutes(30));

        Assert.Equal([new PlannedFire(T0.AddHours(9), ScheduleStatuses.CatchUp), new PlannedFire(T0.AddHours(10), ScheduleStatuses.CatchUp)], plan.Fires);
        var expired = Assert.Single(plan.Skipped);
        Assert.Equal((T0.AddHours(1), 8), (expired.ScheduledAt!.Value, expired.Count!.Value));
    }

    [Fact]
    public void Plan_EverySecondAfterAWeekDown_StaysBounded()
    {
        var definition = Hourly(SchedulePolicies.FireEach, window: TimeSpan.FromMinutes(1), limit: 3) with { Cron = "* * * * * *" };

        var plan = Plan(definition, T0, T0.AddDays(7));

        Assert.Equal(4, plan.Fires.Count); // 3 caught up + the on-time one
        Assert.Equal(ScheduleStatuses.Scheduled, plan.Fires[^1].Trigger);
        Assert.Null(plan.Skipped[0].Count); // too many to count: left open
    }
}
