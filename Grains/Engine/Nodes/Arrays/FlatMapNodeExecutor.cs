using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>flat_map</c>: flattens the input array one level, or the values of <c>field</c> of object elements.</summary>
public sealed class FlatMapNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.FlatMap;

    public NodeSchema Schema { get; } = new("FlatMapData", [new("expression", FieldKind.String), new("field", FieldKind.String)]);

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
        var byField = field.Length > 0 && field != ".";
        var flattened = new List<object?>();
        foreach (var item in items)
        {
            if (!byField)
            {
                Splice(flattened, item);
            }
            else if (item is Dictionary<string, object?> map && map.TryGetValue(field, out var value))
            {
                Splice(flattened, value);
            }
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("flattened", ArrayValues.NilIfEmpty(flattened)),
            ("input_count", (double)items.Count),
            ("output_count", (double)flattened.Count),
            ("field", field)));
    }

    private static void Splice(List<object?> target, object? value)
    {
        if (value is List<object?> list)
        {
            target.AddRange(list);
        }
        else
        {
            target.Add(value);
        }
    }
}
