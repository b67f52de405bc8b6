namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>
/// What a schedule runs and when. Positional members get ids in order: append new ones, never reorder.
/// Policy names are the constants of <see cref="SchedulePolicies"/>.
/// </summary>
/// <param name="WorkflowId">The saved workflow to run.</param>
/// <param name="VersionPolicy"><c>pinned</c> (run <paramref name="Version"/>) or <c>latest</c> (the published version at fire time).</param>
/// <param name="Version">The pinned version; null with <c>latest</c>.</param>
/// <param name="InputsJson">A JSON object of run inputs, or null.</param>
/// <param name="Cron">A cron expression: 5 fields, or 6 with seconds first.</param>
/// <param name="TimeZone">The IANA time zone the expression is evaluated in.</param>
/// <param name="StartAt">No fire before this instant.</param>
/// <param name="EndAt">No fire after this instant; the schedule then ends.</param>
/// <param name="Overlap">What a fire does while an earlier run of the schedule is still running.</param>
/// <param name="CatchUp">What happens to fires missed while the cluster was down.</param>
/// <param name="CatchUpWindow">Missed fires older than this are skipped whatever the policy.</param>
/// <param name="CatchUpLimit">With <c>fire_each</c>: at most this many missed fires run (the most recent ones).</param>
/// <param name="Region">The home region of the runs it starts; null: the default region (schedules stored before regions).</param>
[GenerateSerializer, Immutable, Alias("thaiyyal.ScheduleDefinition")]
public sealed record ScheduleDefinition(
    string WorkflowId,
    string VersionPolicy,
    int? Version,
    string? InputsJson,
    string Cron,
    string TimeZone,
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    string Overlap,
    string CatchUp,
    TimeSpan CatchUpWindow,
    int CatchUpLimit,
    string? Region = null);
