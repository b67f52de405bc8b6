namespace Thaiyyal.Grains.Workflows;

/// <summary>How an attempt to start a run of a saved workflow ended.</summary>
public enum WorkflowRunStartStatus
{
    Started,
    WorkflowNotFound,
    NotPublished,
    VersionNotFound,
    Rejected,
}
