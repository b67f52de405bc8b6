using Thaiyyal.Grains.Abstractions.Schedules;

namespace Thaiyyal.Grains.Schedules;

/// <summary>A schedule as persisted. Fire times are always recomputed from <see cref="Cursor"/>. Append members with new ids.</summary>
[GenerateSerializer, Alias("thaiyyal.ScheduleState")]
public sealed class ScheduleState
{
    [Id(0)] public bool Exists { get; set; }

    [Id(1)] public ScheduleDefinition? Definition { get; set; }

    [Id(2)] public bool Paused { get; set; }

    /// <summary>Every fire at or before this instant has been handled (run, skipped or buffered).</summary>
    [Id(3)] public DateTimeOffset Cursor { get; set; }

    /// <summary>The cron time of the last fire handled.</summary>
    [Id(4)] public DateTimeOffset? LastFireAt { get; set; }

    /// <summary>Runs started by this schedule not yet seen finished.</summary>
    [Id(5)] public List<string> ActiveRunIds { get; set; } = [];

    /// <summary>The fire held by <c>buffer_one</c>, with its trigger.</summary>
    [Id(6)] public PlannedFire? Buffered { get; set; }

    /// <summary>Most recent first, at most <see cref="ScheduleGrain.HistoryLimit"/> entries.</summary>
    [Id(7)] public List<ScheduleFire> History { get; set; } = [];

    [Id(8)] public DateTimeOffset CreatedAt { get; set; }

    [Id(9)] public DateTimeOffset UpdatedAt { get; set; }
}
