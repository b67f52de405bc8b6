using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>group_by</c>: groups elements by the <c>%v</c> text of <c>field</c> and aggregates each group.</summary>
public sealed class GroupByNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.GroupBy;

    public NodeSchema Schema { get; } = new(
        "GroupByData",
        [new("field", FieldKind.String), new("aggregate", FieldKind.String), new("value_field", FieldKind.String)],
        NodeSchema.Requires("field"));

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
        if (field.Length == 0)
        {
            return NodeOutcome.FailureTask("group_by node requires 'field' string");
        }
        var aggregate = context.Config.GetString("aggregate", "count");
        var valueField = context.Config.GetString("value_field", "");
        var groups = new Dictionary<string, List<object?>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var key = item is Dictionary<string, object?> map
                ? (map.TryGetValue(field, out var value) ? GoFormat.Value(value) : "<missing>")
                : GoFormat.Value(item);
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = [];
            }
            group.Add(item);
        }
        var (aggregateKey, aggregateOf) = aggregate switch
        {
            "count" => ("counts", (Func<List<object?>, object?>)(g => (double)g.Count)),
            "sum" => ("sums", g => Numbers(g, valueField).Sum()),
            "avg" => ("averages", g => Numbers(g, valueField).DefaultIfEmpty().Average()),
            "min" => ("minimums", g => Numbers(g, valueField).Select(n => (double?)n).Min()),
            "max" => ("maximums", g => Numbers(g, valueField).Select(n => (double?)n).Max()),
            "values" => ("values", g => new List<object?>(g)),
            _ => (null, null),
        };
        if (aggregateKey is null || aggregateOf is null)
        {
            return NodeOutcome.FailureTask($"unknown aggregate function: {aggregate}");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("groups", groups.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal)),
            ("group_count", (double)groups.Count),
            ("input_count", (double)items.Count),
            ("field", field),
            ("aggregate", aggregate),
            (aggregateKey, groups.ToDictionary(p => p.Key, p => aggregateOf(p.Value), StringComparer.Ordinal))));
    }

    private static IEnumerable<double> Numbers(List<object?> group, string valueField) =>
        group.Select(item => item is Dictionary<string, object?> map ? map.GetValueOrDefault(valueField) : null).OfType<double>();
}
