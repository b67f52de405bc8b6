using Thaiyyal.Grains.Engine.Expressions;

namespace Thaiyyal.Engine.Tests.Support;

/// <summary>An evaluator driven by a delegate, so expression-based nodes can be tested without the real language.</summary>
internal sealed class StubExpressionEvaluator(Func<string, object?, ExpressionScope, object?> evaluate) : IExpressionEvaluator
{
    public List<ExpressionScope> Scopes { get; } = [];

    public bool Evaluate(string expression, object? input, ExpressionScope scope)
    {
        Scopes.Add(scope);
        return evaluate(expression, input, scope) is true;
    }

    public object? EvaluateValue(string expression, object? input, ExpressionScope scope)
    {
        Scopes.Add(scope);
        return evaluate(expression, input, scope);
    }

    public double EvaluateArithmetic(string expression, ExpressionScope scope) => throw new NotSupportedException();

    /// <summary>Evaluates "gt:N" as input &gt; N and "fail" by throwing, everything else as the input itself.</summary>
    public static StubExpressionEvaluator Simple() => new((expression, input, _) => expression switch
    {
        "fail" => throw new ExpressionException("boom"),
        _ when expression.StartsWith("gt:", StringComparison.Ordinal) =>
            input is double d ? d > double.Parse(expression[3..], System.Globalization.CultureInfo.InvariantCulture) : throw new ExpressionException("not a number"),
        _ => input,
    });
}
