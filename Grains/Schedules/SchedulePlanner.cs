using Thaiyyal.Grains.Abstractions.Schedules;

namespace Thaiyyal.Grains.Schedules;

/// <summary>
/// Decides, from the schedule's cursor (every fire at or before it is handled) and the current time, which fires are
/// due and what the catch-up policy does with the missed ones. Pure: the same state and time give the same plan.
/// </summary>
public static class SchedulePlanner
{
    /// <summary>
    /// The most recent due fire found within this lateness is on time, not missed: it covers the reminder backstop
    /// (period one minute) waking the grain when its timer was lost with an activation.
    /// </summary>
    public static readonly TimeSpan OnTimeGrace = TimeSpan.FromMinutes(2);

    /// <summary>Missed fires older than the window are counted up to this many; beyond it the count is left open.</summary>
    private const int MaxCountedExpired = 10_000;

    public static FirePlan Plan(CronSchedule cron, ScheduleDefinition definition, DateTimeOffset cursor, DateTimeOffset now)
    {
        if (now <= cursor)
        {
            return FirePlan.Empty;
        }
        var windowStart = now - definition.CatchUpWindow;
        var from = Max(cursor, now - Max(definition.CatchUpWindow, OnTimeGrace));

        // Fires too old to matter before the enumerated range: one summary entry.
        DateTimeOffset? expiredFirst = null;
        int? expiredCount = 0;
        if (from > cursor && cron.NextAfter(cursor) is { } first && first <= from)
        {
            expiredFirst = first;
            var counted = 0;
            foreach (var _ in cron.Between(cursor, from))
            {
                if (++counted > MaxCountedExpired)
                {
                    break;
                }
            }
            expiredCount = counted > MaxCountedExpired ? null : counted;
        }

        var tail = new Queue<DateTimeOffset>();
        var inListExpired = 0;
        var eligible = 0;
        DateTimeOffset? eligibleFirst = null;
        DateTimeOffset? latest = null;
        foreach (var fire in cron.Between(from, now))
        {
            latest = fire;
            if (fire < windowStart)
            {
                inListExpired++;
                expiredFirst ??= fire;
            }
            else
            {
                eligible++;
                eligibleFirst ??= fire;
            }
            tail.Enqueue(fire);
            if (tail.Count > definition.CatchUpLimit + 1)
            {
                tail.Dequeue();
            }
        }

        DateTimeOffset? onTime = latest is { } last && now - last <= OnTimeGrace ? last : null;
        if (onTime is { } o)
        {
            if (o < windowStart)
            {
                inListExpired--;
            }
            else
            {
                eligible--;
            }
        }
        var totalExpired = expiredCount is { } c ? c + inListExpired : (int?)null;

        var skipped = new List<ScheduleFire>();
        var fires = new List<PlannedFire>();
        if (expiredFirst is { } ef && (totalExpired is null || totalExpired > 0))
        {
            skipped.Add(Missed(ef, now, totalExpired, "missed while the schedule could not run; older than catchUpWindow"));
        }
        var missed = tail.Where(t => t >= windowStart && t != onTime).ToList();
        if (eligible > 0)
        {
            switch (definition.CatchUp)
            {
                case SchedulePolicies.FireEach:
                    var run = missed.TakeLast(definition.CatchUpLimit).ToList();
                    if (eligible > run.Count)
                    {
                        skipped.Add(Missed(eligibleFirst!.Value, now, eligible - run.Count, "missed; beyond catchUpLimit"));
                    }
                    fires.AddRange(run.Select(t => new PlannedFire(t, ScheduleStatuses.CatchUp)));
                    break;
                case SchedulePolicies.FireOnce when onTime is null:
                    if (eligible > 1)
                    {
                        skipped.Add(Missed(eligibleFirst!.Value, now, eligible - 1, "missed; fire_once runs only the most recent"));
                    }
                    fires.Add(new PlannedFire(missed[^1], ScheduleStatuses.CatchUp));
                    break;
                case SchedulePolicies.FireOnce:
                    skipped.Add(Missed(eligibleFirst!.Value, now, eligible, "missed; fire_once folds them into the on-time fire"));
                    break;
                default:
                    skipped.Add(Missed(eligibleFirst!.Value, now, eligible, "missed; catch-up policy is skip"));
                    break;
            }
        }
        if (onTime is { } due)
        {
            fires.Add(new PlannedFire(due, ScheduleStatuses.Scheduled));
        }
        return new FirePlan(fires, skipped);
    }

    private static ScheduleFire Missed(DateTimeOffset scheduledAt, DateTimeOffset now, int? count, string detail) =>
        new(scheduledAt, now, ScheduleStatuses.CatchUp, ScheduleStatuses.SkippedMissed) { Count = count, Detail = detail };

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
