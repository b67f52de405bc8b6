namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>One fire of a schedule and the run it started (see <see cref="ScheduleStatuses"/> for the names).</summary>
/// <param name="ScheduledAt">The cron time of the fire; null for a manual trigger.</param>
/// <param name="FiredAt">When the schedule handled it.</param>
/// <param name="Trigger"><c>scheduled</c>, <c>catch_up</c> or <c>manual</c>.</param>
/// <param name="Outcome"><c>started</c>, <c>skipped_overlap</c>, <c>buffered</c>, <c>skipped_missed</c> or <c>failed</c>.</param>
[GenerateSerializer, Immutable, Alias("thaiyyal.ScheduleFire")]
public sealed record ScheduleFire(DateTimeOffset? ScheduledAt, DateTimeOffset FiredAt, string Trigger, string Outcome)
{
    [Id(0)] public string? RunId { get; init; }

    [Id(1)] public int? WorkflowVersion { get; init; }

    /// <summary>Why no run was started, or what else happened (e.g. runs cancelled by <c>cancel_previous</c>).</summary>
    [Id(2)] public string? Detail { get; init; }

    /// <summary>For a <c>skipped_missed</c> entry standing for several missed fires: how many (the first is <see cref="ScheduledAt"/>).</summary>
    [Id(3)] public int? Count { get; init; }
}
