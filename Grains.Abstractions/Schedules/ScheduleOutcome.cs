namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>The result of a schedule command: the schedule as it now stands, or why the command was refused.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.ScheduleOutcome")]
public sealed record ScheduleOutcome(ScheduleOutcomeStatus Status, ScheduleSnapshot? Schedule)
{
    [Id(0)] public string? Message { get; init; }

    /// <summary>For <see cref="ScheduleOutcomeStatus.Invalid"/>: every invalid field.</summary>
    [Id(1)] public IReadOnlyList<ScheduleProblem> Problems { get; init; } = [];

    /// <summary>For a manual trigger: what the fire did.</summary>
    [Id(2)] public ScheduleFire? Fire { get; init; }

    public static ScheduleOutcome Ok(ScheduleSnapshot schedule) => new(ScheduleOutcomeStatus.Ok, schedule);

    public static ScheduleOutcome Refused(ScheduleOutcomeStatus status, string message) => new(status, null) { Message = message };
}
