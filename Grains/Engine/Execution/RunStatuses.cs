namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>Run status words used in results and the API.</summary>
public static class RunStatuses
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
}
