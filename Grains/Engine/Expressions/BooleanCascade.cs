using System.Runtime.CompilerServices;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Boolean mode (EXPRESSIONS.md §3, the reference's <c>Evaluate</c>): a cascade of string rules, first match wins.</summary>
internal static class BooleanCascade
{
    private static readonly string[] ComparisonOperators = ["==", "!=", "<=", ">=", "<", ">"];

    public static bool Evaluate(string expression, object? input, ExpressionScope scope)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        scope = InputInjection.Apply(scope, input);
        var text = expression.Trim();
        if (ExpressionSplitting.IsFullyWrapped(text))
        {
            return Evaluate(text[1..^1], input, scope);
        }
        if (text is "true" or "false")
        {
            return text == "true";
        }
        if (TryLogical(text, input, scope, out var logical))
        {
            return logical;
        }
        if (text.StartsWith('!') && !text.StartsWith("!=", StringComparison.Ordinal))
        {
            return !Evaluate(text[1..].Trim(), input, scope);
        }
        if (ExpressionSplitting.CallName(text) is { } name && DateFunctions.IsFunction(name))
        {
            return CallFunction(text, name, input, scope);
        }
        if (text.StartsWith("contains(", StringComparison.Ordinal) && text.EndsWith(')'))
        {
            return Contains(text, input, scope);
        }
        if (TryComparison(text, input, scope, out var compared))
        {
            return compared;
        }
        try
        {
            if (ValueResolver.Resolve(text, input, scope) is bool resolved)
            {
                return resolved;
            }
        }
        catch (ExpressionException)
        {
            // Unresolvable: the simple comparator decides (usually false).
        }
        return SimpleComparator.Evaluate(text, input);
    }

    private static bool TryLogical(string text, object? input, ExpressionScope scope, out bool result)
    {
        result = false;
        foreach (var op in (string[])["||", "&&"])
        {
            var index = ExpressionSplitting.FindOperator(text, op);
            if (index == -1)
            {
                continue;
            }
            try
            {
                // Both sides are always evaluated: the reference does not short-circuit.
                var left = Evaluate(text[..index].Trim(), input, scope);
                var right = Evaluate(text[(index + 2)..].Trim(), input, scope);
                result = op == "||" ? left || right : left && right;
                return true;
            }
            catch (ExpressionException)
            {
                return false;
            }
        }
        return false;
    }

    private static bool CallFunction(string text, string name, object? input, ExpressionScope scope)
    {
        var open = text.IndexOf('(', StringComparison.Ordinal);
        var args = new List<object?>();
        foreach (var arg in ExpressionSplitting.SplitArguments(text[(open + 1)..^1]))
        {
            try
            {
                args.Add(ValueResolver.Resolve(arg, input, scope));
            }
            catch (ExpressionException e)
            {
                throw new ExpressionException($"error resolving argument '{arg}': {e.Message}", e);
            }
        }
        return DateFunctions.Call(name, args, scope.Clock) is bool b
            ? b
            : throw new ExpressionException($"function {name}() did not return a boolean value");
    }

    private static bool Contains(string text, object? input, ExpressionScope scope)
    {
        var args = ExpressionSplitting.SplitArguments(text["contains(".Length..^1]);
        if (args.Count != 2)
        {
            throw new ExpressionException("contains() requires exactly 2 arguments");
        }
        var haystack = ValueResolver.Resolve(args[0], input, scope);
        var needle = ValueResolver.Resolve(args[1], input, scope);
        return ValueConversion.Text(haystack).Contains(ValueConversion.Text(needle), StringComparison.Ordinal);
    }

    private static bool TryComparison(string text, object? input, ExpressionScope scope, out bool result)
    {
        result = false;
        foreach (var op in ComparisonOperators)
        {
            var index = ExpressionSplitting.FindOperator(text, op);
            if (index == -1)
            {
                continue;
            }
            var leftText = text[..index].Trim();
            var rightText = text[(index + op.Length)..].Trim();
            try
            {
                var left = leftText.Length == 0 ? UnwrapValue(input) : ValueResolver.Resolve(leftText, input, scope);
                var right = ValueResolver.Resolve(rightText, input, scope);
                result = ValueComparison.Compare(left, right, op);
                return true;
            }
            catch (ExpressionException)
            {
                return false;
            }
        }
        return false;
    }

    private static object? UnwrapValue(object? value)
    {
        while (value is IDictionary<string, object?> map && map.TryGetValue("value", out var inner))
        {
            value = inner;
        }
        return value;
    }
}
