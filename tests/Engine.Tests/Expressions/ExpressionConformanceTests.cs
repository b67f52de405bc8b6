using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Values;
using Thaiyyal.Tests.Shared;

namespace Thaiyyal.Engine.Tests.Expressions;

/// <summary>Every line of expressions.jsonl (answers recorded from the reference evaluator).</summary>
public sealed class ExpressionConformanceTests
{
    public static TheoryData<int> Lines() => [.. ExpressionCase.LoadAll().Select(c => c.Line)];

    [Theory]
    [MemberData(nameof(Lines))]
    public void Evaluate_ConformanceLine_MatchesReference(int line)
    {
        var testCase = ExpressionCase.LoadAll().Single(c => c.Line == line);
        var scope = new ExpressionScope(
            new Dictionary<string, object?>(testCase.Variables ?? [], StringComparer.Ordinal),
            testCase.NodeResults ?? [],
            new Dictionary<string, object?>(),
            TimeProvider.System);
        var evaluator = new ExpressionEvaluator();
        object? Run() => testCase.Function switch
        {
            "Evaluate" => evaluator.Evaluate(testCase.Expression, testCase.Input, scope),
            "EvaluateExpression" => evaluator.EvaluateValue(testCase.Expression, testCase.Input, scope),
            "EvaluateArithmetic" => evaluator.EvaluateArithmetic(testCase.Expression, scope),
            _ => throw new InvalidOperationException($"unknown fn {testCase.Function}"),
        };

        if (testCase.ExpectError)
        {
            Assert.Throws<ExpressionException>(Run);
            return;
        }
        var actual = Run();
        Assert.True(ConformanceAssert.Matches(testCase.Expected, actual),
            $"{testCase}: expected {JsonValues.Serialize(testCase.Expected)}, got {JsonValues.Serialize(actual)}");
    }
}
