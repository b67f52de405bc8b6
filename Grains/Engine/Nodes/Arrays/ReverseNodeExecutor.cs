using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>reverse</c>: the input array in reverse order.</summary>
public sealed class ReverseNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Reverse;

    public NodeSchema Schema { get; } = NodeSchema.Untyped("ReverseData");

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return ValueTask.FromResult(ArrayValues.NeedsInput(NodeType));
        }
        if (context.Input is not List<object?> items)
        {
            return ValueTask.FromResult(ArrayValues.NotAnArray(context.Input));
        }
        var reversed = new List<object?>(items);
        reversed.Reverse();
        return NodeOutcome.SuccessTask(ArrayValues.Object(("reversed", reversed), ("count", (double)reversed.Count)));
    }
}
