using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>range</c>: the numbers from <c>start</c> to <c>end</c> inclusive by <c>step</c>, by repeated addition.</summary>
public sealed class RangeNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Range;

    public NodeSchema Schema { get; } = new(
        "RangeData",
        [new("start", FieldKind.Any), new("end", FieldKind.Any), new("step", FieldKind.Any)],
        config => config.Has("start") && config.Has("end") ? null : "missing required field: start and end");

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var start = context.Config.GetNumber("start") ?? 0;
        var end = context.Config.GetNumber("end") ?? 10;
        var step = context.Config.GetNumber("step") ?? 1;
        if (step == 0)
        {
            return NodeOutcome.FailureTask("range step cannot be 0");
        }
        if (step > 0 && start > end)
        {
            return NodeOutcome.FailureTask($"range with positive step requires start <= end, got start={GoFormat.Number(start)} end={GoFormat.Number(end)}");
        }
        if (step < 0 && start < end)
        {
            return NodeOutcome.FailureTask($"range with negative step requires start >= end, got start={GoFormat.Number(start)} end={GoFormat.Number(end)}");
        }
        var maxItems = context.Limits.MaxRangeItems;
        var range = new List<object?>();
        for (var value = start; (step > 0 ? value <= end : value >= end) && range.Count < maxItems; value += step)
        {
            range.Add(value);
        }
        if (range.Count >= maxItems)
        {
            return NodeOutcome.FailureTask($"range would generate more than {maxItems} items, adjust start/end/step");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("range", ArrayValues.NilIfEmpty(range)), ("count", (double)range.Count), ("start", start), ("end", end), ("step", step)));
    }
}
