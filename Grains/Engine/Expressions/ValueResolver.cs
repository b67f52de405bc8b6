namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Turns an operand text into a value (EXPRESSIONS.md §2, <c>resolveValue</c>); first matching rule wins.</summary>
internal static class ValueResolver
{
    private static readonly string[] MathCalls = ["pow(", "sqrt(", "abs(", "floor(", "ceil(", "round(", "min(", "max("];

    public static object? Resolve(string reference, object? input, ExpressionScope scope)
    {
        var text = reference.Trim();
        if (ExpressionSplitting.IsQuoted(text))
        {
            return text[1..^1];
        }
        if (GoStrconv.TryParseFloat(text, out var number))
        {
            return number;
        }
        if (text is "true" or "false")
        {
            return text == "true";
        }
        if (LooksArithmetic(text))
        {
            try
            {
                return ArithmeticParser.Evaluate(text, scope);
            }
            catch (ExpressionException)
            {
                // Not arithmetic after all: fall through to reference resolution.
            }
        }
        if (text.StartsWith("node.", StringComparison.Ordinal))
        {
            return NodeReference(text, scope);
        }
        if (text.StartsWith("variables.", StringComparison.Ordinal))
        {
            return VariableReference(text["variables.".Length..], scope);
        }
        if (text.StartsWith("context.", StringComparison.Ordinal))
        {
            var name = text["context.".Length..];
            return scope.Context.TryGetValue(name, out var value) ? value : throw new ExpressionException($"context variable not found: {name}");
        }
        if (text is "input" or "item")
        {
            return input;
        }
        if (text.StartsWith("item.", StringComparison.Ordinal))
        {
            return PathNavigator.Resolve(text["item.".Length..], input);
        }
        if (text.StartsWith("input.", StringComparison.Ordinal))
        {
            return PathNavigator.Resolve(text["input.".Length..], input);
        }
        if (input is not null)
        {
            try
            {
                return PathNavigator.Resolve(text, input);
            }
            catch (ExpressionException)
            {
                // Not a field of the input either.
            }
        }
        throw new ExpressionException($"unknown reference: {text}");
    }

    /// <summary><c>containsArithmetic</c>: a math call or one of <c>+ * / %</c> (never <c>-</c>).</summary>
    public static bool LooksArithmetic(string text) =>
        MathCalls.Any(call => text.Contains(call, StringComparison.Ordinal)) || text.AsSpan().IndexOfAny("*/%+") >= 0;

    private static object? NodeReference(string text, ExpressionScope scope)
    {
        var parts = text.Split('.');
        var nodeId = parts[1];
        if (!scope.NodeResults.TryGetValue(nodeId, out var result))
        {
            throw new ExpressionException($"node result not found: {nodeId}");
        }
        return parts.Length == 2 ? result : PathNavigator.Resolve(string.Join('.', parts[2..]), result);
    }

    private static object? VariableReference(string rest, ExpressionScope scope)
    {
        var end = rest.Length;
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        if (dot != -1)
        {
            end = dot;
        }
        var bracket = rest.IndexOf('[', StringComparison.Ordinal);
        if (bracket != -1 && bracket < end)
        {
            end = bracket;
        }
        var name = rest[..end];
        if (!scope.Variables.TryGetValue(name, out var value))
        {
            throw new ExpressionException($"variable not found: {name}");
        }
        if (end == rest.Length)
        {
            return value;
        }
        var path = rest[end..];
        return PathNavigator.Resolve(path.StartsWith('.') ? path[1..] : path, value);
    }
}
