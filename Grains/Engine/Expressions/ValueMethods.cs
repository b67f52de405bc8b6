using System.Text;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>The <c>.name(args)</c> methods of paths (EXPRESSIONS.md §6).</summary>
internal static class ValueMethods
{
    public static object? Call(object? receiver, string method, List<object?> args) => method switch
    {
        "toUpperCase" => Text(receiver, method).ToUpperInvariant(),
        "toLowerCase" => Text(receiver, method).ToLowerInvariant(),
        "trim" => Text(receiver, method).Trim(),
        "includes" => Includes(receiver, args),
        "startsWith" => Text(receiver, method).StartsWith(Single(method, args), StringComparison.Ordinal),
        "endsWith" => Text(receiver, method).EndsWith(Single(method, args), StringComparison.Ordinal),
        "replace" => Replace(Text(receiver, method), args),
        "split" => Split(Text(receiver, method), Single(method, args)),
        "join" => Join(Array(receiver, method), args),
        "reverse" => Enumerable.Reverse(Array(receiver, method)).ToList(),
        "first" => Array(receiver, method) is { Count: > 0 } first ? first[0] : null,
        "last" => Array(receiver, method) is { Count: > 0 } last ? last[^1] : null,
        _ => throw new ExpressionException($"unknown method: {method}"),
    };

    private static string Text(object? receiver, string method) =>
        receiver as string ?? throw new ExpressionException($"{method}() can only be called on strings, got {ValueConversion.TypeName(receiver)}");

    private static List<object?> Array(object? receiver, string method) =>
        receiver as List<object?> ?? throw new ExpressionException($"{method}() can only be called on arrays, got {ValueConversion.TypeName(receiver)}");

    private static string Single(string method, List<object?> args) =>
        args.Count == 1 ? ValueConversion.Text(args[0]) : throw new ExpressionException($"{method}() requires exactly 1 argument, got {args.Count}");

    private static string Join(List<object?> items, List<object?> args) =>
        string.Join(Single("join", args), items.Select(ValueConversion.Text));

    private static bool Includes(object? receiver, List<object?> args)
    {
        if (receiver is not (string or List<object?>))
        {
            throw new ExpressionException($"includes() can only be called on strings or arrays, got {ValueConversion.TypeName(receiver)}");
        }
        var needle = Single("includes", args);
        return receiver is string s
            ? s.Contains(needle, StringComparison.Ordinal)
            : ((List<object?>)receiver).Any(item => ValueConversion.Text(item) == needle);
    }

    private static string Replace(string text, List<object?> args)
    {
        if (args.Count != 2)
        {
            throw new ExpressionException($"replace() requires exactly 2 arguments, got {args.Count}");
        }
        var old = ValueConversion.Text(args[0]);
        var replacement = ValueConversion.Text(args[1]);
        if (old.Length > 0)
        {
            return text.Replace(old, replacement, StringComparison.Ordinal);
        }
        // Go's ReplaceAll with an empty pattern inserts the replacement around every rune.
        var builder = new StringBuilder(replacement);
        foreach (var rune in text.EnumerateRunes())
        {
            builder.Append(rune.ToString()).Append(replacement);
        }
        return builder.ToString();
    }

    private static List<object?> Split(string text, string separator) =>
        separator.Length == 0
            ? text.EnumerateRunes().Select(r => (object?)r.ToString()).ToList()
            : text.Split(separator).Select(p => (object?)p).ToList();
}
