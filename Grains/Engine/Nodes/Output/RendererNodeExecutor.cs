using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Output;

/// <summary><c>renderer</c>: passes its input through unchanged, or outputs null when it has none.</summary>
public sealed class RendererNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Renderer;

    public NodeSchema Schema { get; } = new("RendererData", [new("mode", FieldKind.String)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        NodeOutcome.SuccessTask(context.Input);
}
