namespace Thaiyyal.Grains.Engine.Expressions;

// PLACEHOLDER — being written in the expressions branch; replaced there.
public sealed class ExpressionEvaluator : IExpressionEvaluator
{
    public bool Evaluate(string expression, object? input, ExpressionScope scope) => throw new NotImplementedException();

    public object? EvaluateValue(string expression, object? input, ExpressionScope scope) => throw new NotImplementedException();

    public double EvaluateArithmetic(string expression, ExpressionScope scope) => throw new NotImplementedException();
}
