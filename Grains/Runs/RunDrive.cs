using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Engine.Execution;

namespace Thaiyyal.Grains.Runs;

/// <summary>One drive of a run through its nodes: the scheduling state, the node calls in flight and the suspended nodes.</summary>
internal sealed class RunDrive(WorkflowExecution execution)
{
    public WorkflowExecution Execution { get; } = execution;

    /// <summary>Node calls in flight, by the node they call.</summary>
    public Dictionary<Task<NodeExecutionResult>, string> Running { get; } = [];

    /// <summary>Nodes that suspended, with what they wait for.</summary>
    public Dictionary<string, NodeExecutionResult> Waiting { get; } = new(StringComparer.Ordinal);
}
