using System.Text;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Walks a field path (<c>a.b[1].length</c>, <c>name.trim()</c>) over a value (EXPRESSIONS.md §2 "Paths").</summary>
internal static class PathNavigator
{
    public static object? Resolve(string path, object? value)
    {
        var current = value;
        foreach (var segment in ExpressionSplitting.SplitFieldPath(path))
        {
            if (segment.EndsWith(')') && segment.Contains('(', StringComparison.Ordinal))
            {
                var open = segment.IndexOf('(', StringComparison.Ordinal);
                current = ValueMethods.Call(current, segment[..open], ParseMethodArguments(segment[(open + 1)..^1]));
                continue;
            }
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            if (bracket != -1 && segment.EndsWith(']'))
            {
                var field = segment[..bracket];
                if (field.Length > 0)
                {
                    current = Field(current, field);
                }
                current = Index(current, segment[(bracket + 1)..^1]);
                continue;
            }
            if (segment == "length")
            {
                // The reference returns here, so anything after .length is ignored.
                return current switch
                {
                    List<object?> list => (double)list.Count,
                    string s => (double)Encoding.UTF8.GetByteCount(s),
                    _ => throw new ExpressionException($".length property only available on arrays and strings, got {ValueConversion.TypeName(current)}"),
                };
            }
            current = Field(current, segment);
        }
        return current;
    }

    private static object? Field(object? current, string field)
    {
        if (current is not IDictionary<string, object?> map)
        {
            throw new ExpressionException($"cannot access field {field} on non-object");
        }
        return map.TryGetValue(field, out var value) ? value : throw new ExpressionException($"field not found: {field}");
    }

    private static object? Index(object? current, string indexText)
    {
        if (!GoStrconv.TryAtoi(indexText, out var index))
        {
            throw new ExpressionException($"invalid array index: {indexText}");
        }
        if (current is not List<object?> list)
        {
            throw new ExpressionException($"cannot use array indexing on non-array type: {ValueConversion.TypeName(current)}");
        }
        if (index < 0 || index >= list.Count)
        {
            throw new ExpressionException($"array index {index} out of bounds (length: {list.Count})");
        }
        return list[index];
    }

    private static List<object?> ParseMethodArguments(string text)
    {
        var args = new List<object?>();
        if (text.Length == 0)
        {
            return args;
        }
        foreach (var part in ExpressionSplitting.SplitArguments(text))
        {
            args.Add(Literals.TryParse(part, out var literal) ? literal : part.Trim('"', '\''));
        }
        return args;
    }
}
