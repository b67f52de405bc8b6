namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>A schedule as clients see it.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.ScheduleSnapshot")]
public sealed record ScheduleSnapshot(string Id, ScheduleDefinition Definition, string Status)
{
    [Id(0)] public DateTimeOffset? NextFireAt { get; init; }

    /// <summary>The cron time of the last fire handled (run, skipped or buffered).</summary>
    [Id(1)] public DateTimeOffset? LastFireAt { get; init; }

    [Id(2)] public DateTimeOffset CreatedAt { get; init; }

    [Id(3)] public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Runs this schedule started that were still running when last checked.</summary>
    [Id(4)] public IReadOnlyList<string> ActiveRunIds { get; init; } = [];

    /// <summary>A fire held by <c>buffer_one</c> until the running run ends.</summary>
    [Id(5)] public DateTimeOffset? BufferedFireAt { get; init; }
}
