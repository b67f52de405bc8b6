using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Inputs;

/// <summary><c>boolean_input</c>: outputs <c>data.boolean_value</c> unchanged.</summary>
public sealed class BooleanInputNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.BooleanInput;

    public NodeSchema Schema { get; } = new("BooleanInputData", [new("boolean_value", FieldKind.Bool)], NodeSchema.Requires("boolean_value"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        NodeOutcome.SuccessTask(context.Config.Get("boolean_value"));
}
