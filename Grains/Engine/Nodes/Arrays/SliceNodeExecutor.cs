using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>slice</c>: a sub-range of the input array chosen by <c>start</c>, <c>end</c> or <c>length</c>.</summary>
public sealed class SliceNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Slice;

    public NodeSchema Schema { get; } = new("SliceData", [new("start", FieldKind.Any), new("end", FieldKind.Any), new("length", FieldKind.Any)]);

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
        var count = items.Count;
        var start = Clamp(Relative(ArrayValues.IntOf(context.Config.Get("start")) ?? 0, count), count);
        var end = ArrayValues.IntOf(context.Config.Get("end"))
            ?? (ArrayValues.IntOf(context.Config.Get("length")) is { } length ? start + length : count);
        end = Clamp(Relative(end, count), count);
        start = Math.Min(start, end);
        var sliced = items.GetRange(start, end - start);
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("sliced", sliced),
            ("input_count", (double)count),
            ("output_count", (double)sliced.Count),
            ("start", (double)start),
            ("end", (double)end)));
    }

    private static int Relative(int index, int count) => index < 0 ? count + index : index;

    private static int Clamp(int index, int count) => Math.Clamp(index, 0, count);
}
