using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>
/// Applies a run's inputs (a name → value map, an extension of the reference format): each input is a workflow
/// variable and a context constant (<c>variables.name</c>, <c>context.name</c> in expressions), and an input whose
/// name is the id of an input node (number, text_input, boolean_input, date_input, datetime_input) replaces that
/// node's value.
/// </summary>
public static class RunInputs
{
    private static readonly Dictionary<string, string> ValueFieldByType = new(StringComparer.Ordinal)
    {
        [NodeTypes.Number] = "value",
        [NodeTypes.TextInput] = "text",
        [NodeTypes.BooleanInput] = "boolean_value",
        [NodeTypes.DateInput] = "date_value",
        [NodeTypes.DateTimeInput] = "datetime_value",
    };

    /// <summary>
    /// Returns a copy of the raw payload whose matching input nodes carry the inputs' values. Done before decoding,
    /// so a value of the wrong type is reported like any bad node data.
    /// </summary>
    public static Dictionary<string, object?> ApplyToPayload(Dictionary<string, object?> payload, IReadOnlyDictionary<string, object?> inputs)
    {
        if (inputs.Count == 0 || payload.GetValueOrDefault("nodes") is not List<object?> nodes)
        {
            return payload;
        }
        var copy = new Dictionary<string, object?>(payload, StringComparer.Ordinal)
        {
            ["nodes"] = nodes.Select(n => n is Dictionary<string, object?> node ? WithInput(node, inputs) : n).ToList(),
        };
        return copy;
    }

    private static Dictionary<string, object?> WithInput(Dictionary<string, object?> node, IReadOnlyDictionary<string, object?> inputs)
    {
        if (node.GetValueOrDefault("id") is not string id || !inputs.TryGetValue(id, out var value))
        {
            return node;
        }
        var data = node.GetValueOrDefault("data") as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        var type = node.GetValueOrDefault("type") as string;
        if (string.IsNullOrEmpty(type))
        {
            type = NodeTypeInference.Infer(data);
        }
        if (!ValueFieldByType.TryGetValue(type, out var field))
        {
            return node;
        }
        var newData = data.Where(p => !string.Equals(p.Key, field, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        newData[field] = value;
        return new Dictionary<string, object?>(node, StringComparer.Ordinal) { ["data"] = newData };
    }

    public static void ApplyToState(WorkflowState state, IReadOnlyDictionary<string, object?> inputs)
    {
        foreach (var (name, value) in inputs)
        {
            state.Variables[name] = value;
            state.ContextConstants[name] = value;
        }
    }
}
