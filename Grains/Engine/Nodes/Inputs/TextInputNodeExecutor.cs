using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Inputs;

/// <summary><c>text_input</c>: outputs <c>data.text</c> unchanged.</summary>
public sealed class TextInputNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.TextInput;

    public NodeSchema Schema { get; } = new("TextInputData", [new("text", FieldKind.String)], NodeSchema.Requires("text"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        NodeOutcome.SuccessTask(context.Config.Get("text"));
}
