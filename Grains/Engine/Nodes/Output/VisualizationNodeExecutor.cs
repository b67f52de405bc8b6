using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Output;

/// <summary><c>visualization</c>: passes its input through unchanged (<c>mode</c> is informational).</summary>
public sealed class VisualizationNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Visualization;

    public NodeSchema Schema { get; } = new("VisualizationData", [new("mode", FieldKind.String)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        context.HasInput ? NodeOutcome.SuccessTask(context.Input) : NodeOutcome.FailureTask("visualization needs at least 1 input");
}
