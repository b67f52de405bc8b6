namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>The expression language of EXPRESSIONS.md. Errors are thrown as <see cref="ExpressionException"/>.</summary>
public interface IExpressionEvaluator
{
    /// <summary>Boolean mode (<c>Evaluate</c> in the reference): condition, switch, filter, find, partition.</summary>
    bool Evaluate(string expression, object? input, ExpressionScope scope);

    /// <summary>Value mode (<c>EvaluateExpression</c> in the reference): expression, map, reduce.</summary>
    object? EvaluateValue(string expression, object? input, ExpressionScope scope);

    /// <summary>The arithmetic parser alone (<c>EvaluateArithmetic</c> in the reference).</summary>
    double EvaluateArithmetic(string expression, ExpressionScope scope);
}
