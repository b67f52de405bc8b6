using Thaiyyal.Grains.Engine.Execution;

namespace Thaiyyal.Grains.Runs;

/// <summary>Node status words used in records and the API.</summary>
public static class NodeStatuses
{
    public static string From(NodeRunStatus status) => status switch
    {
        NodeRunStatus.Pending => "pending",
        NodeRunStatus.Running => "running",
        NodeRunStatus.Completed => "completed",
        NodeRunStatus.Skipped => "skipped",
        NodeRunStatus.Failed => "failed",
        _ => "not_run",
    };
}
