using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary><c>extract</c>: picks one top-level field (<c>{"field","value"}</c>) or several (an object of the present ones) from an object.</summary>
public sealed class ExtractNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Extract;

    public NodeSchema Schema { get; } = new(
        "ExtractData",
        [new("field", FieldKind.String), new("fields", FieldKind.StringArray)],
        config => config.Has("field") || config.GetArray("fields") is { Count: > 0 } ? null : "missing required field: field or fields");

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("extract node requires input");
        }
        if (context.Input is not Dictionary<string, object?> input)
        {
            return NodeOutcome.FailureTask($"extract node requires object input, got {GoFormat.TypeName(context.Input)}");
        }
        if (context.Config.GetString("field") is { } field)
        {
            return input.TryGetValue(field, out var value)
                ? NodeOutcome.SuccessTask(new Dictionary<string, object?>(StringComparer.Ordinal) { ["field"] = field, ["value"] = value })
                : NodeOutcome.FailureTask($"field '{field}' not found in input object");
        }
        var fields = context.Config.GetArray("fields") ?? [];
        if (fields.Count == 0)
        {
            return NodeOutcome.FailureTask("extract node requires 'field' or 'fields' configuration");
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in fields)
        {
            // A null entry of []string decodes to "".
            var key = name as string ?? "";
            if (input.TryGetValue(key, out var value))
            {
                result[key] = value;
            }
        }
        return NodeOutcome.SuccessTask(result);
    }
}
