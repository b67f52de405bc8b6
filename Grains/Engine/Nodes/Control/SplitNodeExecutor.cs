using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>split</c>: copies the input under each of <c>paths</c> (edges are not gated).</summary>
public sealed class SplitNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Split;

    public NodeSchema Schema { get; } = new(
        "SplitData",
        [new("paths", FieldKind.StringArray)],
        config => config.GetArray("paths") is { Count: > 0 } ? null : "missing required field: paths");

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("split node requires at least one input");
        }
        var input = context.Input;
        // A JSON null inside a Go []string decodes as "".
        var paths = (context.Config.GetArray("paths") ?? []).Select(p => p as string ?? "").ToList();
        var outputs = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            outputs[path] = input;
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(("value", input), ("paths", paths.Cast<object?>().ToList()), ("outputs", outputs)));
    }
}
