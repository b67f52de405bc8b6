using Thaiyyal.Grains.Engine.Expressions;
using static Thaiyyal.Engine.Tests.Expressions.ExpressionTestScope;

namespace Thaiyyal.Engine.Tests.Expressions;

public sealed class BooleanModeTests
{
    private const string Variables = """{"n": 5, "s": "5", "word": "abc", "flag": true, "nothing": null}""";
    private const string Nodes = """{"a": {"value": 10, "list": [1, 2]}}""";
    private const string Context = """{"limit": 7}""";

    [Theory]
    [InlineData("variables.s == 5", true)]
    [InlineData("variables.word == 1", false)]
    [InlineData("variables.word != 1", true)]
    [InlineData("'b' > 'a'", false)]
    [InlineData("'10' > '9'", true)]
    [InlineData("variables.flag", true)]
    [InlineData("variables.flag == true", true)]
    [InlineData("!variables.flag", false)]
    [InlineData("true || false && false", true)]
    [InlineData("(true || false) && false", false)]
    [InlineData("false && true || true", true)]
    [InlineData("node.a.value > context.limit", true)]
    [InlineData("node.a.list.length == 2", true)]
    [InlineData("node.a.value + 1 == 11", true)]
    [InlineData("variables.n % 2 == 1", true)]
    [InlineData("unknown.thing", false)]
    [InlineData("variables.missing > 1", false)]
    [InlineData("isNull(variables.nothing)", true)]
    [InlineData("isNull(variables.n)", false)]
    [InlineData("contains('hello world', 'o w')", true)]
    [InlineData("contains(variables.n, 5)", true)]
    [InlineData("now() + 1 > 5", false)]
    [InlineData("  ((variables.n >= 5))  ", true)]
    public void Evaluate_Expression_MatchesReferenceCascade(string expression, bool expected)
    {
        Assert.Equal(expected, Evaluator.Evaluate(expression, null, With(Variables, Nodes, Context)));
    }

    [Theory]
    [InlineData(">= 10", "12", true)]
    [InlineData("<5", "{\"value\": {\"value\": 3}}", true)]
    [InlineData("== 3", "{\"value\": 3}", true)]
    [InlineData("age >= 18", "{\"age\": 20}", true)]
    [InlineData("user.name == 'Ann'", "{\"user\": {\"name\": \"Ann\"}}", true)]
    [InlineData("input > 3", "4", true)]
    [InlineData(">abc", "4", true)]
    [InlineData("50", "50", false)]
    public void Evaluate_WithInput_UsesShorthandsAndFields(string expression, string inputJson, bool expected)
    {
        Assert.Equal(expected, Evaluator.Evaluate(expression, Json(inputJson), With()));
    }

    [Theory]
    [InlineData("contains('a')", "contains() requires exactly 2 arguments")]
    [InlineData("contains(nope, 'a')", "unknown reference: nope")]
    [InlineData("isNull(nope)", "error resolving argument 'nope': unknown reference: nope")]
    [InlineData("isNull(1, 2)", "isNull() requires exactly 1 argument, got 2")]
    [InlineData("coalesce(variables.nothing, 3)", "function coalesce() did not return a boolean value")]
    [InlineData("parseDate('2024-01-02')", "function parseDate() did not return a boolean value")]
    [InlineData("parseDate('yesterday')", "unable to parse date/time: yesterday")]
    [InlineData("now(1)", "now() takes no arguments, got 1")]
    [InlineData("!isNull()", "isNull() requires exactly 1 argument, got 0")]
    public void Evaluate_FunctionErrors_Propagate(string expression, string message)
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate(expression, null, With(Variables)));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Evaluate_CoalesceOfBooleans_ReturnsFirstNonNull()
    {
        Assert.True(Evaluator.Evaluate("coalesce(variables.nothing, variables.flag)", null, With(Variables)));
    }
}
