namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>Where one node of a run stands.</summary>
public enum NodeRunStatus
{
    Pending,
    Running,
    Completed,
    Skipped,
    Failed,
    /// <summary>Never ran because the run failed or was cancelled first.</summary>
    NotRun,
}
