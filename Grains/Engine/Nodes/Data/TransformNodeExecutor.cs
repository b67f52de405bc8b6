using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary><c>transform</c>: to_array (all inputs), to_object (key/value pairs), flatten (deep), keys, values.</summary>
public sealed class TransformNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Transform;

    public NodeSchema Schema { get; } = new("TransformData", [new("transform_type", FieldKind.String)], NodeSchema.Requires("transform_type"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var transformType = context.Config.GetString("transform_type") ?? "";
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("transform node requires input");
        }
        var input = context.Input;
        return transformType switch
        {
            "to_array" => NodeOutcome.SuccessTask(context.Inputs.ToList()),
            "to_object" => ToObject(input),
            "flatten" => input is List<object?> list
                ? NodeOutcome.SuccessTask(Flatten(list))
                : NodeOutcome.FailureTask($"flatten requires array input, got {GoFormat.TypeName(input)}"),
            "keys" => input is Dictionary<string, object?> keysOf
                ? NodeOutcome.SuccessTask(keysOf.Keys.Order(StringComparer.Ordinal).Select(k => (object?)k).ToList())
                : NodeOutcome.FailureTask($"keys transform requires object input, got {GoFormat.TypeName(input)}"),
            "values" => input is Dictionary<string, object?> valuesOf
                ? NodeOutcome.SuccessTask(valuesOf.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToList())
                : NodeOutcome.FailureTask($"values transform requires object input, got {GoFormat.TypeName(input)}"),
            _ => NodeOutcome.FailureTask($"unsupported transform type: {transformType}"),
        };
    }

    private static ValueTask<NodeOutcome> ToObject(object? input)
    {
        if (input is not List<object?> pairs)
        {
            return NodeOutcome.FailureTask($"to_object requires array input, got {GoFormat.TypeName(input)}");
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < pairs.Count; i += 2)
        {
            if (pairs[i] is not string key)
            {
                return NodeOutcome.FailureTask($"to_object requires string keys at index {i}");
            }
            result[key] = pairs[i + 1];
        }
        return NodeOutcome.SuccessTask(result);
    }

    // The reference appends to a nil slice, so an empty result is null rather than [].
    private static List<object?>? Flatten(List<object?> input)
    {
        var flattened = new List<object?>();
        void Add(object? item)
        {
            if (item is List<object?> nested)
            {
                nested.ForEach(Add);
            }
            else
            {
                flattened.Add(item);
            }
        }
        input.ForEach(Add);
        return flattened.Count == 0 ? null : flattened;
    }
}
