namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>A schedule's status and the outcome and trigger names of its fires.</summary>
public static class ScheduleStatuses
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Ended = "ended";

    /// <summary>Trigger: the fire time came.</summary>
    public const string Scheduled = "scheduled";

    /// <summary>Trigger: a fire missed while the cluster was down, run late by the catch-up policy.</summary>
    public const string CatchUp = "catch_up";

    /// <summary>Trigger: "trigger now" through the API.</summary>
    public const string Manual = "manual";

    /// <summary>Outcome: the run was started.</summary>
    public const string Started = "started";

    /// <summary>Outcome: recorded, its run is being started (a crash here retries it with the same run id).</summary>
    public const string Starting = "starting";

    /// <summary>Outcome: an earlier run was still running (overlap <c>skip</c>, or a second fire under <c>buffer_one</c>).</summary>
    public const string SkippedOverlap = "skipped_overlap";

    /// <summary>Outcome: held until the running run ends (overlap <c>buffer_one</c>).</summary>
    public const string Buffered = "buffered";

    /// <summary>Outcome: missed while the cluster was down and not run (catch-up policy or window).</summary>
    public const string SkippedMissed = "skipped_missed";

    /// <summary>Outcome: no run could be started (workflow missing, unpublished, or its definition rejected).</summary>
    public const string Failed = "failed";
}
