using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary><c>variable</c>: <c>set</c> stores the input as a run variable (within the engine limits), <c>get</c> reads one.</summary>
public sealed class VariableNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Variable;

    public NodeSchema Schema { get; } = new(
        "VariableData",
        [new("var_name", FieldKind.String), new("var_op", FieldKind.String), new("scope", FieldKind.String)],
        NodeSchema.Requires("var_name", "var_op"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var name = context.Config.GetString("var_name") ?? "";
        var op = context.Config.GetString("var_op") ?? "";
        var variables = context.State.Variables;
        switch (op)
        {
            case "set":
                if (!context.HasInput)
                {
                    return NodeOutcome.FailureTask("variable set operation requires input value");
                }
                var value = context.Input;
                if (Validate(value, context.Limits) is { } invalid)
                {
                    return NodeOutcome.FailureTask($"variable validation failed: {invalid}");
                }
                if (!variables.ContainsKey(name) && variables.Count >= context.Limits.MaxVariables)
                {
                    return NodeOutcome.FailureTask($"maximum variables exceeded: {variables.Count} (limit: {context.Limits.MaxVariables})");
                }
                variables[name] = value;
                return NodeOutcome.SuccessTask(Result(name, "set", value));
            case "get":
                return variables.TryGetValue(name, out var stored)
                    ? NodeOutcome.SuccessTask(Result(name, "get", stored))
                    : NodeOutcome.FailureTask($"variable '{name}' not found");
            default:
                return NodeOutcome.FailureTask($"unsupported variable operation: {op} (use 'get' or 'set')");
        }
    }

    private static Dictionary<string, object?> Result(string name, string op, object? value) => new(StringComparer.Ordinal)
    {
        ["var_name"] = name,
        ["operation"] = op,
        ["value"] = value,
    };

    /// <summary>The reference's value checks, in its order: string bytes, array length (elements first), then depth.</summary>
    internal static string? Validate(object? value, EngineLimits limits)
    {
        if (value is null)
        {
            return null;
        }
        if (value is string text && System.Text.Encoding.UTF8.GetByteCount(text) is var bytes && bytes > limits.MaxStringLength)
        {
            return $"string too long: {bytes} bytes (limit: {limits.MaxStringLength})";
        }
        if (value is List<object?> list)
        {
            if (list.Count > limits.MaxArrayLength)
            {
                return $"array too large: {list.Count} elements (limit: {limits.MaxArrayLength})";
            }
            for (var i = 0; i < list.Count; i++)
            {
                if (Validate(list[i], limits) is { } error)
                {
                    return $"array element {i}: {error}";
                }
            }
        }
        var depth = Depth(value, 0);
        return depth > limits.MaxContextDepth ? $"value too deeply nested: {depth} levels (limit: {limits.MaxContextDepth})" : null;
    }

    // Go's measure: a scalar adds one level, each container one more, an empty container none.
    private static int Depth(object? value, int current)
    {
        if (value is null || current >= 1000)
        {
            return current;
        }
        IEnumerable<object?>? children = value switch
        {
            IDictionary<string, object?> map => map.Values,
            RecordList records => records.Rows,
            List<object?> list => list,
            _ => null,
        };
        return children is null ? current + 1 : children.Select(c => Depth(c, current + 1)).DefaultIfEmpty(current).Max();
    }
}
