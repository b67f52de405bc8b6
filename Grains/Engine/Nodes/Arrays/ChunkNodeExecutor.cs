using System.Globalization;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>chunk</c>: splits the input array into arrays of <c>size</c> elements.</summary>
public sealed class ChunkNodeExecutor : INodeExecutor
{
    private const int DefaultSize = 10;

    public string NodeType => NodeTypes.Chunk;

    public NodeSchema Schema { get; } = new("ChunkData", [new("size", FieldKind.Any)], NodeSchema.Requires("size"));

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
        var size = ArrayValues.IntOf(context.Config.Get("size")) ?? DefaultSize;
        if (size <= 0)
        {
            return NodeOutcome.FailureTask($"chunk size must be greater than 0, got {size.ToString(CultureInfo.InvariantCulture)}");
        }
        var chunks = new List<object?>();
        for (var i = 0; i < items.Count; i += size)
        {
            chunks.Add(items.GetRange(i, Math.Min(size, items.Count - i)));
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("chunks", ArrayValues.NilIfEmpty(chunks)),
            ("input_count", (double)items.Count),
            ("chunk_count", (double)chunks.Count),
            ("chunk_size", (double)size)));
    }
}
