namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>The result of a workflow command: the workflow as it now stands, or why the command was refused.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.WorkflowOutcome")]
public sealed record WorkflowOutcome(WorkflowOutcomeStatus Status, WorkflowSnapshot? Workflow)
{
    /// <summary>Why the command was refused, in a sentence.</summary>
    [Id(0)] public string? Message { get; init; }

    /// <summary>For <see cref="WorkflowOutcomeStatus.Invalid"/>: every problem of the definition.</summary>
    [Id(1)] public IReadOnlyList<WorkflowProblem> Problems { get; init; } = [];

    public static WorkflowOutcome Ok(WorkflowSnapshot workflow) => new(WorkflowOutcomeStatus.Ok, workflow);

    public static WorkflowOutcome Refused(WorkflowOutcomeStatus status, string message) => new(status, null) { Message = message };
}
