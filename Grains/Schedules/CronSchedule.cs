using Cronos;

namespace Thaiyyal.Grains.Schedules;

/// <summary>
/// A parsed cron expression in its time zone, bounded by the schedule's start and end. Daylight-saving behaviour is
/// Cronos's (docs/SCHEDULES.md): a time inside a spring-forward gap fires once at the end of the gap; in a fall-back
/// overlap a fixed time fires once (at its first instance), while second/minute/hour steps fire in both instances.
/// </summary>
public sealed class CronSchedule
{
    private readonly CronExpression _expression;

    private CronSchedule(CronExpression expression, TimeZoneInfo zone, DateTimeOffset? startAt, DateTimeOffset? endAt)
    {
        _expression = expression;
        Zone = zone;
        StartAt = startAt;
        EndAt = endAt;
    }

    public TimeZoneInfo Zone { get; }

    public DateTimeOffset? StartAt { get; }

    public DateTimeOffset? EndAt { get; }

    /// <summary>Parses 5 fields (minute precision) or 6 (seconds first). Throws <see cref="CronFormatException"/>.</summary>
    public static CronExpression ParseExpression(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;
        return fields switch
        {
            5 => CronExpression.Parse(cron, CronFormat.Standard),
            6 => CronExpression.Parse(cron, CronFormat.IncludeSeconds),
            _ => throw new CronFormatException($"expected 5 fields (minute hour day month weekday) or 6 (with seconds first), got {fields}"),
        };
    }

    public static CronSchedule Create(string cron, string timeZone, DateTimeOffset? startAt, DateTimeOffset? endAt) =>
        new(ParseExpression(cron), TimeZoneInfo.FindSystemTimeZoneById(timeZone), startAt, endAt);

    /// <summary>The first fire strictly after <paramref name="after"/>, or null when the schedule has ended.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset after)
    {
        if (StartAt is { } start && after < start)
        {
            after = start.AddTicks(-1); // a fire exactly at the start counts
        }
        var next = _expression.GetNextOccurrence(after.ToUniversalTime(), Zone, inclusive: false);
        return next is { } n && (EndAt is null || n <= EndAt) ? n.ToUniversalTime() : null;
    }

    /// <summary>Fires in (<paramref name="after"/>, <paramref name="until"/>], in order.</summary>
    public IEnumerable<DateTimeOffset> Between(DateTimeOffset after, DateTimeOffset until)
    {
        var next = NextAfter(after);
        while (next is { } n && n <= until)
        {
            yield return n;
            next = NextAfter(n);
        }
    }

    /// <summary>The next <paramref name="count"/> fires after <paramref name="after"/>.</summary>
    public IReadOnlyList<DateTimeOffset> Next(DateTimeOffset after, int count)
    {
        var fires = new List<DateTimeOffset>(count);
        var next = NextAfter(after);
        while (next is { } n && fires.Count < count)
        {
            fires.Add(n);
            next = NextAfter(n);
        }
        return fires;
    }
}
