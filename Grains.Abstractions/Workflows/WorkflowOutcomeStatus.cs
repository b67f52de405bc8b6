namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>How a workflow command ended.</summary>
public enum WorkflowOutcomeStatus
{
    Ok,
    NotFound,
    Conflict,
    Invalid,
}
