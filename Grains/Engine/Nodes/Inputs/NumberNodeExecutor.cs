using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Inputs;

/// <summary><c>number</c>: outputs <c>data.value</c>.</summary>
public sealed class NumberNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Number;

    public NodeSchema Schema { get; } = new("NumberData", [new("value", FieldKind.Number)], NodeSchema.Requires("value"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        NodeOutcome.SuccessTask(context.Config.GetNumber("value"));
}
