using System.Runtime.CompilerServices;

namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>Value mode (EXPRESSIONS.md §4, the reference's <c>EvaluateExpression</c>).</summary>
internal static class ValueCascade
{
    private static readonly string[] ArithmeticMarkers = ["+", "-", "*", "/", "%", "(", "pow", "sqrt", "abs", "floor", "ceil", "round", "min", "max"];

    public static object? Evaluate(string expression, object? input, ExpressionScope scope)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        scope = InputInjection.Apply(scope, input);
        var text = expression.Trim();
        if (TrySplitTernary(text, out var condition, out var whenTrue, out var whenFalse))
        {
            bool chosen;
            try
            {
                chosen = BooleanCascade.Evaluate(condition, input, scope);
            }
            catch (ExpressionException e)
            {
                throw new ExpressionException($"ternary condition evaluation failed: {e.Message}", e);
            }
            return Evaluate(chosen ? whenTrue : whenFalse, input, scope);
        }
        if (ExpressionSplitting.CallName(text) is { } name && ValueFunctions.IsValueFunction(name))
        {
            return ValueFunctions.Call(text, name, input, scope);
        }
        if (ArithmeticMarkers.Any(marker => text.Contains(marker, StringComparison.Ordinal)))
        {
            try
            {
                return ArithmeticParser.Evaluate(text, scope);
            }
            catch (ExpressionException)
            {
                // Not arithmetic: try the other forms.
            }
        }
        try
        {
            return ValueResolver.Resolve(text, input, scope);
        }
        catch (ExpressionException)
        {
            // Not a reference: maybe a literal.
        }
        return Literals.TryParse(text, out var literal) ? literal : throw new ExpressionException($"could not evaluate expression: {text}");
    }

    /// <summary>§4 step 1: <c>?</c> after index 0 and a later <c>:</c>; quotes are not protected.</summary>
    public static bool TrySplitTernary(string text, out string condition, out string whenTrue, out string whenFalse)
    {
        condition = whenTrue = whenFalse = string.Empty;
        var question = text.IndexOf('?', StringComparison.Ordinal);
        if (question <= 0)
        {
            return false;
        }
        var colon = text.IndexOf(':', question);
        if (colon < 0)
        {
            return false;
        }
        condition = text[..question].Trim();
        whenTrue = text[(question + 1)..colon].Trim();
        whenFalse = text[(colon + 1)..].Trim();
        return true;
    }
}
