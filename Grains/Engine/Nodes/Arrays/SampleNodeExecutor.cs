using System.Globalization;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>sample</c>: the first, last or a random <c>count</c> elements of the input array.</summary>
public sealed class SampleNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Sample;

    public NodeSchema Schema { get; } = new(
        "SampleData", [new("count", FieldKind.Any), new("method", FieldKind.String)], NodeSchema.Requires("count"));

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
        var count = ArrayValues.IntOf(context.Config.Get("count")) ?? 1;
        if (count <= 0)
        {
            return NodeOutcome.FailureTask($"sample count must be greater than 0, got {count.ToString(CultureInfo.InvariantCulture)}");
        }
        var method = context.Config.GetString("method", "random");
        List<object?> sample;
        switch (method)
        {
            case "first":
                sample = items.GetRange(0, Math.Min(count, items.Count));
                break;
            case "last":
                var start = Math.Max(0, items.Count - count);
                sample = items.GetRange(start, items.Count - start);
                break;
            case "random":
                sample = count >= items.Count ? new List<object?>(items) : RandomPick(items, count);
                break;
            default:
                return NodeOutcome.FailureTask($"unknown sample method: {method} (must be 'random', 'first', or 'last')");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("sample", sample), ("input_count", (double)items.Count), ("output_count", (double)sample.Count), ("method", method)));
    }

    private static List<object?> RandomPick(List<object?> items, int count)
    {
        var indices = Enumerable.Range(0, items.Count).ToArray();
        for (var i = 0; i < count; i++)
        {
            var j = i + Random.Shared.Next(indices.Length - i);
            (indices[i], indices[j]) = (indices[j], indices[i]);
        }
        return indices.Take(count).Select(i => items[i]).ToList();
    }
}
