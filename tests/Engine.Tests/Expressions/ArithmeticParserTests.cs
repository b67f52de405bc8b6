using Thaiyyal.Grains.Engine.Expressions;
using static Thaiyyal.Engine.Tests.Expressions.ExpressionTestScope;

namespace Thaiyyal.Engine.Tests.Expressions;

public sealed class ArithmeticParserTests
{
    [Theory]
    [InlineData("2 + 3 * 4", 14)]
    [InlineData("(2 + 3) * 4", 20)]
    [InlineData("10 - 4 - 3", 3)]
    [InlineData("7 % 3", 1)]
    [InlineData("-7 % 3", -1)]
    [InlineData("7.9 % 2.1", 1)]
    [InlineData("--5", 5)]
    [InlineData("round(2.5)", 3)]
    [InlineData("round(-2.5)", -3)]
    [InlineData("pow(2, 10)", 1024)]
    [InlineData("max(1, 7, 3)", 7)]
    [InlineData("1.", 1)]
    [InlineData("  4\t*\n2 ", 8)]
    public void EvaluateArithmetic_ValidExpression_ComputesValue(string expression, double expected)
    {
        Assert.Equal(expected, Evaluator.EvaluateArithmetic(expression, With()));
    }

    [Theory]
    [InlineData("10 / 0", "division by zero")]
    [InlineData("5 % 0", "modulo by zero")]
    [InlineData("5 % 0.5", "modulo by zero")]
    [InlineData("", "empty expression")]
    [InlineData("   ", "empty expression")]
    [InlineData("+", "unexpected end of expression")]
    [InlineData("(5 + 3", "unmatched parentheses at position 6")]
    [InlineData("5 + 3)", "unexpected characters at position 5: )")]
    [InlineData("5 # 3", "unexpected characters at position 2: # 3")]
    [InlineData("1 + @", "unexpected character '@' at position 4")]
    [InlineData("1.2.3", "unexpected characters at position 3: .3")]
    [InlineData("1 + é", "unexpected character 'Ã' at position 4")]
    [InlineData("é + 1", "unexpected character 'Ã' at position 0")]
    [InlineData("foo + 1", "unknown identifier 'foo' at position 0 (tried as variables.foo but got: variable not found: foo)")]
    [InlineData("1 + foo", "unknown identifier 'foo' at position 4 (tried as variables.foo but got: variable not found: foo)")]
    [InlineData("pow(2)", "pow() requires exactly 2 arguments, got 1")]
    [InlineData("sqrt(1, 2)", "sqrt() requires exactly 1 argument, got 2")]
    [InlineData("sqrt(-1)", "sqrt() of negative number")]
    [InlineData("min(1)", "min() requires at least 2 arguments, got 1")]
    [InlineData("max()", "max() requires at least 2 arguments, got 0")]
    [InlineData("pow(2 3)", "expected ',' or ')' at position 6")]
    [InlineData("pow(2, 3", "unmatched parentheses in function call")]
    [InlineData("variables.", "expected identifier after '.' at position 10")]
    [InlineData("variables.list[x]", "expected number in array index at position 15")]
    [InlineData("variables.list[1", "expected ']' at position 16")]
    [InlineData("variables.word * 2", "value 'abc' at 'variables.word' cannot be converted to number")]
    [InlineData("word * 2", "value 'abc' at 'variables.word' cannot be converted to number")]
    [InlineData("avg(1, 2", "unmatched parentheses in function call starting at position 0")]
    [InlineData("now() + 1", "failed to evaluate function 'now' in arithmetic expression: unsupported function in value expression: now()")]
    [InlineData("isNull(1) * 2", "failed to evaluate function 'isNull' in arithmetic expression: unsupported function in value expression: isNull()")]
    [InlineData("sort(variables.list) + 1", "function 'sort' did not return a numeric value")]
    public void EvaluateArithmetic_InvalidExpression_ThrowsReferenceText(string expression, string message)
    {
        var scope = With("""{"word": "abc", "list": [3, 1]}""");
        var error = Assert.Throws<ExpressionException>(() => Evaluator.EvaluateArithmetic(expression, scope));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void EvaluateArithmetic_References_ResolveVariablesNodesAndNumericStrings()
    {
        var scope = With("""{"n": "4", "item": {"qty": 3}, "list": [10, 20]}""", """{"a": {"value": 5}}""");
        Assert.Equal(8 + 5 + 3 + 20, Evaluator.EvaluateArithmetic("n * 2 + node.a.value + item.qty + list[1]", scope));
    }

    [Fact]
    public void EvaluateArithmetic_ValueFunctionInside_UsesValueMode()
    {
        var scope = With("""{"input": [{"age": 31}, {"age": 29}, {"age": 40}]}""");
        Assert.Equal(35, Evaluator.EvaluateArithmetic("round(avg(map(input, item.age))) + 2", scope));
    }

    [Fact]
    public void EvaluateArithmetic_DeepNesting_IsAnErrorNotACrash()
    {
        var expression = new string('(', 100_000) + "1" + new string(')', 100_000);
        Assert.Throws<ExpressionException>(() => Evaluator.EvaluateArithmetic(expression, With()));
    }
}
