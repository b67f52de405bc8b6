namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>
/// The Thaiyyal expression language (EXPRESSIONS.md): boolean mode, value mode and the arithmetic parser.
/// Stateless; every call works on the scope it is given.
/// </summary>
public sealed class ExpressionEvaluator : IExpressionEvaluator
{
    public bool Evaluate(string expression, object? input, ExpressionScope scope) =>
        Guard(() => BooleanCascade.Evaluate(expression, input, scope));

    public object? EvaluateValue(string expression, object? input, ExpressionScope scope) =>
        Guard(() => ValueCascade.Evaluate(expression, input, scope));

    public double EvaluateArithmetic(string expression, ExpressionScope scope) =>
        Guard(() => ArithmeticParser.Evaluate(expression, scope));

    private static T Guard<T>(Func<T> evaluate)
    {
        try
        {
            return evaluate();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ExpressionException("expression is nested too deeply to evaluate");
        }
    }
}
