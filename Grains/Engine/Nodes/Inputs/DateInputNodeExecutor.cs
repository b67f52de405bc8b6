using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Inputs;

/// <summary><c>date_input</c>: outputs <c>data.date_value</c> unchanged.</summary>
public sealed class DateInputNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.DateInput;

    public NodeSchema Schema { get; } = new("DateInputData", [new("date_value", FieldKind.String)], NodeSchema.Requires("date_value"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        NodeOutcome.SuccessTask(context.Config.Get("date_value"));
}
