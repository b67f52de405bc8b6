using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>sort</c>: a stable sort of the input array, by the elements or by one field of object elements.</summary>
public sealed class SortNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Sort;

    public NodeSchema Schema { get; } = new("SortData", [new("field", FieldKind.String), new("order", FieldKind.String)]);

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
        var order = context.Config.GetString("order", "asc").ToLowerInvariant();
        var descending = order == "desc";
        var sorted = new List<object?>(items);
        GoStableSort.Sort(sorted, (a, b) =>
        {
            var less = Less(Key(a, field), Key(b, field));
            return descending ? !less : less;
        });
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("sorted", sorted), ("count", (double)sorted.Count), ("field", field), ("order", order)));
    }

    private static object? Key(object? element, string field) =>
        field.Length == 0 ? element : element is Dictionary<string, object?> map ? map.GetValueOrDefault(field) : null;

    private static bool Less(object? a, object? b) => (a, b) switch
    {
        (null, _) => b is not null,
        (_, null) => false,
        (double x, double y) => x < y,
        (string x, string y) => string.CompareOrdinal(x, y) < 0,
        (bool x, bool y) => !x && y,
        _ => string.CompareOrdinal(GoFormat.Value(a), GoFormat.Value(b)) < 0,
    };
}
