using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>join</c>: combines the inputs by <c>join_strategy</c>: all of them, or the first.</summary>
public sealed class JoinNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Join;

    public NodeSchema Schema { get; } = new("JoinData", [new("join_strategy", FieldKind.String), new("timeout", FieldKind.String)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var strategy = context.Config.GetString("join_strategy", "all");
        var inputs = context.Inputs;
        return ValueTask.FromResult(strategy switch
        {
            "all" when inputs.Count == 0 => NodeOutcome.Failure("join node with 'all' strategy requires at least one input"),
            "all" => NodeOutcome.Success(ArrayValues.Object(("strategy", "all"), ("values", inputs.ToList()), ("count", (double)inputs.Count))),
            "any" when inputs.Count == 0 => NodeOutcome.Failure("join node with 'any' strategy has no inputs"),
            "any" => NodeOutcome.Success(ArrayValues.Object(("strategy", "any"), ("value", inputs[0]), ("count", (double)inputs.Count))),
            "first" when inputs.Count == 0 => NodeOutcome.Failure("join node with 'first' strategy has no inputs"),
            "first" => NodeOutcome.Success(ArrayValues.Object(("strategy", "first"), ("value", inputs[0]))),
            _ => NodeOutcome.Failure($"unsupported join strategy: {strategy} (use all, any, or first)"),
        });
    }
}
