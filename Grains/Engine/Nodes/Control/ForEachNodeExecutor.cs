using System.Globalization;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>for_each</c>: checks the input array against the iteration limit and reports its size (no sub-graph runs).</summary>
public sealed class ForEachNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.ForEach;

    public NodeSchema Schema { get; } = new("ForEachData", [new("max_iterations", FieldKind.Integer)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("for_each node needs at least 1 input");
        }
        if (context.Input is not List<object?> items)
        {
            return NodeOutcome.FailureTask($"for_each node requires array input, got {GoFormat.TypeName(context.Input)}");
        }
        var max = context.Config.GetInt("max_iterations") is > 0 and var configured ? configured : context.Limits.DefaultForEachMaxIterations;
        if (items.Count > max)
        {
            return NodeOutcome.FailureTask(
                $"for_each exceeds max iterations: {items.Count.ToString(CultureInfo.InvariantCulture)} > {max.ToString(CultureInfo.InvariantCulture)}");
        }
        double count = items.Count;
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("input_count", count), ("iterations", count), ("successful", count), ("failed", 0.0)));
    }
}
