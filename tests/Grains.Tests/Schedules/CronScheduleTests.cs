using Thaiyyal.Grains.Schedules;

namespace Thaiyyal.Grains.Tests.Schedules;

public sealed class CronScheduleTests
{
    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Next_FiveFields_MinutePrecisionInZone()
    {
        var cron = CronSchedule.Create("30 9 * * MON-FRI", "Europe/Paris", null, null);

        var fires = cron.Next(Utc("2026-06-05T08:00:00Z"), 2); // Friday 10:00 Paris

        Assert.Equal([Utc("2026-06-08T07:30:00Z"), Utc("2026-06-09T07:30:00Z")], fires);
    }

    [Fact]
    public void Next_SixFields_SecondsPrecision()
    {
        var cron = CronSchedule.Create("*/2 * * * * *", "UTC", null, null);

        var fires = cron.Next(Utc("2026-01-01T00:00:01Z"), 3);

        Assert.Equal([Utc("2026-01-01T00:00:02Z"), Utc("2026-01-01T00:00:04Z"), Utc("2026-01-01T00:00:06Z")], fires);
    }

    [Fact]
    public void Next_StartAndEnd_BoundFires()
    {
        var cron = CronSchedule.Create("0 * * * *", "UTC", Utc("2026-01-01T05:00:00Z"), Utc("2026-01-01T07:00:00Z"));

        var fires = cron.Next(Utc("2026-01-01T00:00:00Z"), 10);

        Assert.Equal([Utc("2026-01-01T05:00:00Z"), Utc("2026-01-01T06:00:00Z"), Utc("2026-01-01T07:00:00Z")], fires);
    }

    [Fact]
    public void Next_DailyTimeInsideSpringForwardGap_FiresOnceAtEndOfGap()
    {
        // New York skips 02:00-03:00 on 2026-03-08: 02:30 does not exist that day; it fires at 03:00 EDT instead.
        var cron = CronSchedule.Create("30 2 * * *", "America/New_York", null, null);

        var fires = cron.Next(Utc("2026-03-07T12:00:00Z"), 2);

        Assert.Equal([Utc("2026-03-08T07:00:00Z"), Utc("2026-03-09T06:30:00Z")], fires);
    }

    [Fact]
    public void Next_DailyTimeInsideFallBackOverlap_FiresOnce()
    {
        // New York repeats 01:00-02:00 on 2026-11-01: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST).
        var cron = CronSchedule.Create("30 1 * * *", "America/New_York", null, null);

        var fires = cron.Next(Utc("2026-10-31T12:00:00Z"), 2);

        Assert.Equal([Utc("2026-11-01T05:30:00Z"), Utc("2026-11-02T06:30:00Z")], fires);
    }

    [Fact]
    public void Next_IntervalDuringFallBackOverlap_FiresInBothInstances()
    {
        var cron = CronSchedule.Create("0,30 * * * *", "America/New_York", null, null);

        var fires = cron.Next(Utc("2026-11-01T05:00:00Z"), 4); // 01:00 EDT

        Assert.Equal(
            [Utc("2026-11-01T05:30:00Z"), Utc("2026-11-01T06:00:00Z"), Utc("2026-11-01T06:30:00Z"), Utc("2026-11-01T07:00:00Z")],
            fires);
    }
}
