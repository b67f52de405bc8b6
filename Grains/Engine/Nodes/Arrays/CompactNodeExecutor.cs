using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>compact</c>: drops nulls and NaN (and empty strings with <c>remove_empty</c>).</summary>
public sealed class CompactNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Compact;

    public NodeSchema Schema { get; } = new("CompactData", [new("remove_empty", FieldKind.Bool)]);

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
        var removeEmpty = context.Config.GetBool("remove_empty", false);
        var compacted = items.Where(item => !(item is null || item is double d && double.IsNaN(d) || removeEmpty && item is "")).ToList();
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("compacted", ArrayValues.NilIfEmpty(compacted)),
            ("input_count", (double)items.Count),
            ("output_count", (double)compacted.Count),
            ("removed", (double)(items.Count - compacted.Count))));
    }
}
