using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary>Shared shapes of the array and control nodes: the non-array passthrough, nil slices, output objects.</summary>
internal static class ArrayValues
{
    private static readonly string[] ArrayKeys = ["range", "array", "items", "data", "values"];

    /// <summary>An output object with ordinal keys.</summary>
    public static Dictionary<string, object?> Object(params (string Key, object? Value)[] pairs)
    {
        var result = new Dictionary<string, object?>(pairs.Length, StringComparer.Ordinal);
        foreach (var (key, value) in pairs)
        {
            result[key] = value;
        }
        return result;
    }

    public static NodeOutcome NeedsInput(string nodeType) => NodeOutcome.Failure($"{nodeType} node needs at least 1 input");

    /// <summary>What a non-failing array node returns for anything that is not a JSON array.</summary>
    public static NodeOutcome NotAnArray(object? input) => NodeOutcome.Success(Object(
        ("error", "input is not an array"),
        ("input", input),
        ("original_type", GoFormat.TypeName(input))));

    /// <summary>The input array, or the first array under one of the conventional keys of an object input.</summary>
    public static List<object?>? ArrayOrNested(object? input)
    {
        if (input is List<object?> list)
        {
            return list;
        }
        if (input is Dictionary<string, object?> map)
        {
            foreach (var key in ArrayKeys)
            {
                if (map.TryGetValue(key, out var nested) && nested is List<object?> nestedList)
                {
                    return nestedList;
                }
            }
        }
        return null;
    }

    /// <summary>The reference appends to a nil slice, so an empty result serialises as <c>null</c>.</summary>
    public static object? NilIfEmpty(List<object?> list) => list.Count == 0 ? null : list;

    /// <summary>A config number the reference reads from an <c>interface{}</c> field, truncated like Go's <c>int(f)</c>.</summary>
    public static int? IntOf(object? value) => value is double d ? Truncate(d) : null;

    public static int Truncate(double d) =>
        double.IsNaN(d) ? int.MinValue : d >= int.MaxValue ? int.MaxValue : d <= int.MinValue ? int.MinValue : (int)d;
}
