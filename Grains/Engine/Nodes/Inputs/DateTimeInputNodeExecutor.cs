using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Inputs;

/// <summary><c>datetime_input</c>: outputs <c>data.datetime_value</c> unchanged.</summary>
public sealed class DateTimeInputNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.DateTimeInput;

    public NodeSchema Schema { get; } = new("DateTimeInputData", [new("datetime_value", FieldKind.String)], NodeSchema.Requires("datetime_value"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        NodeOutcome.SuccessTask(context.Config.Get("datetime_value"));
}
