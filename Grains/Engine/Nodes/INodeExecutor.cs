using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>
/// Executes one node type. Implementations are discovered by <see cref="NodeCatalog"/>, so a new node type is
/// one file: a sealed class implementing this interface (plus its tests).
/// </summary>
public interface INodeExecutor
{
    /// <summary>The type name in the workflow format, e.g. <c>condition</c>.</summary>
    string NodeType { get; }

    /// <summary>The data fields and required-field rule checked when a workflow is decoded.</summary>
    NodeSchema Schema { get; }

    /// <summary>
    /// Whether the node may run as soon as its predecessors finish (<see cref="NodeOrdering.Independent"/>), or must
    /// wait for every node before it in the reference's sequential order because it reads or writes run-scoped state,
    /// other nodes' results or evaluates expressions (<see cref="NodeOrdering.Sequential"/>, the safe default).
    /// </summary>
    NodeOrdering Ordering => NodeOrdering.Sequential;

    /// <summary>Runs the node. Expected failures are returned as <see cref="NodeOutcome.Failure"/> (or thrown as <see cref="NodeExecutionException"/>).</summary>
    ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken);
}
