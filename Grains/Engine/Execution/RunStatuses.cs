namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>Run status words used in results and the API.</summary>
public static class RunStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";

    /// <summary>Parked: every node that can run has, and some wait for a time or a signal. Nothing is held in memory.</summary>
    public const string Waiting = "waiting";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
