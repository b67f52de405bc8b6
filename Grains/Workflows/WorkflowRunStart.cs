using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Engine.Execution;

namespace Thaiyyal.Grains.Workflows;

/// <summary>The outcome of <see cref="WorkflowRunStarter.StartAsync"/>: the run, or why none was started.</summary>
public sealed record WorkflowRunStart(WorkflowRunStartStatus Status, string Message)
{
    /// <summary>The version that was resolved (also when the run was rejected).</summary>
    public WorkflowVersion? Version { get; init; }

    public RunSnapshot? Run { get; init; }

    /// <summary>Set when <see cref="WorkflowRunStartStatus.Rejected"/>.</summary>
    public RunRejectedException? Rejection { get; init; }
}
