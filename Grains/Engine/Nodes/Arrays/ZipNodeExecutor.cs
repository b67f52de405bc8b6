using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>zip</c>: combines the input array and the configured <c>arrays</c> element-wise into tuples.</summary>
public sealed class ZipNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Zip;

    public NodeSchema Schema { get; } = new(
        "ZipData", [new("arrays", FieldKind.Any), new("fill_missing", FieldKind.Any), new("remove_empty", FieldKind.Bool)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var arrays = new List<List<object?>>();
        if (context.Input is List<object?> input)
        {
            arrays.Add(input);
        }
        if (context.Config.Get("arrays") is List<object?> configured)
        {
            arrays.AddRange(configured.OfType<List<object?>>());
        }
        if (arrays.Count == 0)
        {
            return NodeOutcome.FailureTask("zip node requires at least one array");
        }
        var fill = context.Config.Get("fill_missing");
        var maxLength = arrays.Max(a => a.Count);
        var zipped = new List<object?>(maxLength);
        for (var i = 0; i < maxLength; i++)
        {
            zipped.Add(arrays.Select(a => i < a.Count ? a[i] : fill).ToList());
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("zipped", ArrayValues.NilIfEmpty(zipped)),
            ("array_count", (double)arrays.Count),
            ("tuple_count", (double)zipped.Count),
            ("max_length", (double)maxLength)));
    }
}
