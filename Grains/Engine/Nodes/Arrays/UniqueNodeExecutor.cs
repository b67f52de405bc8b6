using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>unique</c>: keeps the first element of each distinct <c>%v</c> text (of the element or its <c>field</c>).</summary>
public sealed class UniqueNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Unique;

    public NodeSchema Schema { get; } = new("UniqueData", [new("field", FieldKind.String)]);

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
        var field = context.Config.GetString("field", "");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unique = new List<object?>();
        foreach (var item in items)
        {
            // The reference keys an object without the field by its pointer, so such objects are always kept.
            var keep = field.Length > 0 && item is Dictionary<string, object?> map
                ? !map.TryGetValue(field, out var value) || seen.Add(GoFormat.Value(value))
                : seen.Add(GoFormat.Value(item));
            if (keep)
            {
                unique.Add(item);
            }
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("unique", ArrayValues.NilIfEmpty(unique)),
            ("input_count", (double)items.Count),
            ("output_count", (double)unique.Count),
            ("removed", (double)(items.Count - unique.Count))));
    }
}
