using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary><c>counter</c>: increments, decrements, resets or reads the run's single counter.</summary>
public sealed class CounterNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Counter;

    public NodeSchema Schema { get; } = new(
        "CounterData",
        [new("counter_op", FieldKind.String), new("delta", FieldKind.Number), new("initial_value", FieldKind.Any)],
        NodeSchema.Requires("counter_op"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var op = context.Config.GetString("counter_op", "");
        var initial = context.Config.GetNumber("initial_value");
        var delta = context.Config.GetNumber("delta") ?? 1;
        var state = context.State;
        // A numeric initial_value overwrites the counter before every operation (reference quirk).
        if (initial is { } start)
        {
            state.Counter = start;
        }
        switch (op)
        {
            case "increment":
                state.Counter += delta;
                break;
            case "decrement":
                state.Counter -= delta;
                break;
            case "reset":
                state.Counter = initial ?? 0;
                break;
            case "get":
                break;
            default:
                return NodeOutcome.FailureTask($"unsupported counter operation: {op} (use increment, decrement, reset, or get)");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(("operation", op), ("value", state.Counter)));
    }
}
