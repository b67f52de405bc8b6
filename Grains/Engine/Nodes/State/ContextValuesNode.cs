using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary>The behaviour shared by <c>context_variable</c> and <c>context_constant</c>; only names and the target map differ.</summary>
internal static class ContextValuesNode
{
    public static NodeSchema CreateSchema(string goStructName) => new(
        goStructName,
        [new("context_name", FieldKind.String), new("context_value", FieldKind.Any), new("context_values", FieldKind.Array)],
        config => config.GetArray("context_values") is { Count: > 0 } || config.Has("context_name")
            ? null
            : "missing required field: context_values or context_name");

    /// <param name="context">The node execution.</param>
    /// <param name="nodeType">The node type, used in error texts.</param>
    /// <param name="kind">The output <c>type</c>: <c>variable</c> or <c>const</c>.</param>
    /// <param name="collection">The output key of the converted values: <c>variables</c> or <c>constants</c>.</param>
    /// <param name="target">The run state map the values go into.</param>
    public static NodeOutcome Execute(NodeContext context, string nodeType, string kind, string collection, Dictionary<string, object?> target)
    {
        var config = context.Config;
        if (config.GetArray("context_values") is { Count: > 0 } entries)
        {
            var converted = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var fields = new NodeConfig(entry as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal));
                var name = fields.GetString("name") ?? "";
                var type = fields.GetString("type") ?? "";
                object? value;
                try
                {
                    value = ContextValueConverter.Convert(fields.Get("value"), type, context.Clock.LocalTimeZone);
                }
                catch (NodeExecutionException ex)
                {
                    return NodeOutcome.Failure($"{nodeType} node: error converting {name} ({type}): {ex.Message}");
                }
                target[name] = value;
                converted[name] = value;
            }
            return NodeOutcome.Success(new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = kind, [collection] = converted });
        }
        if (config.GetString("context_name") is not { } legacyName)
        {
            return NodeOutcome.Failure($"{nodeType} node missing context_name or context_values");
        }
        if (config.Get("context_value") is not { } legacyValue)
        {
            return NodeOutcome.Failure($"{nodeType} node missing context_value");
        }
        target[legacyName] = legacyValue;
        return NodeOutcome.Success(new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = kind, ["name"] = legacyName, ["value"] = legacyValue });
    }
}
