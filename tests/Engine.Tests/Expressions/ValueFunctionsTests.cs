using Thaiyyal.Grains.Engine.Expressions;
using static Thaiyyal.Engine.Tests.Expressions.ExpressionTestScope;

namespace Thaiyyal.Engine.Tests.Expressions;

public sealed class ValueFunctionsTests
{
    private const string Variables = """
        {"nums": [4, 1, 3], "empty": [], "mixed": [3, "10", "b", "a", true], "nested": [1, [2, [3, [4]]], 5],
         "five": [1, 2, 3, 4, 5], "words": ["x", 1], "users": [{"age": 30}, {"age": 25}], "dups": [1, "1", 2, 1]}
        """;

    [Theory]
    [InlineData("sum(variables.nums)", "8")]
    [InlineData("sum(variables.empty)", "0")]
    [InlineData("sum(7)", "7")]
    [InlineData("sum(1, 2, '3')", "6")]
    [InlineData("avg(variables.nums)", "2.6666666666666665")]
    [InlineData("avg(2, 4)", "3")]
    [InlineData("min(variables.nums)", "1")]
    [InlineData("max(variables.nums)", "4")]
    [InlineData("max(3, 9, 2)", "9")]
    [InlineData("round(2.5)", "3")]
    [InlineData("ceil(variables.nums)", "[4,1,3]")]
    [InlineData("abs(-2)", "2")]
    [InlineData("sort(variables.nums)", "[1,3,4]")]
    [InlineData("sort(variables.mixed)", "[3,\"10\",\"a\",\"b\",true]")]
    [InlineData("reverse(variables.nums)", "[3,1,4]")]
    [InlineData("unique(variables.dups)", "[1,2]")]
    [InlineData("flatten(variables.nested)", "[1,2,3,4,5]")]
    [InlineData("slice(variables.five, 1, 3)", "[2,3]")]
    [InlineData("slice(variables.five, -2)", "[4,5]")]
    [InlineData("slice(variables.five, -10, 100)", "[1,2,3,4,5]")]
    [InlineData("slice(variables.five, 4, 1)", "[]")]
    [InlineData("sample(variables.five, 0)", "[]")]
    [InlineData("sample(variables.five, 2)", "[1,3]")]
    [InlineData("sample(variables.five, 9)", "[1,4,2,5,3]")]
    [InlineData("zip(variables.nums, variables.words)", "[[4,\"x\"],[1,1],[3,null]]")]
    [InlineData("map(variables.users, item.age)", "[30,25]")]
    [InlineData("map(variables.nums, item * 2)", "[8,2,6]")]
    [InlineData("avg(map(variables.users, item.age))", "27.5")]
    public void EvaluateValue_Function_ReturnsReferenceResult(string expression, string expectedJson)
    {
        var result = Evaluator.EvaluateValue(expression, null, With(Variables));
        Assert.Equal(Serialize(Json(expectedJson)), Serialize(result));
    }

    [Theory]
    [InlineData("avg(variables.empty)", "avg() on empty array")]
    [InlineData("min(variables.empty)", "min() on empty array")]
    [InlineData("max(4)", "max() requires at least 2 arguments or an array, got 1 non-array value")]
    [InlineData("sum(variables.words)", "sum() encountered non-numeric element: string")]
    [InlineData("round(variables.mixed)", "round() encountered non-numeric element: string")]
    [InlineData("round(1, 2)", "round() requires exactly 1 argument, got 2")]
    [InlineData("sort(1, 2)", "sort() requires exactly 1 argument, got 2")]
    [InlineData("sort(5)", "sort() requires an array, got float64")]
    [InlineData("slice(variables.five)", "slice() requires 2 or 3 arguments (array, start, [end]), got 1")]
    [InlineData("sample(variables.five, -1)", "sample() n must be non-negative, got -1")]
    [InlineData("zip(variables.five)", "zip() requires at least 2 arrays, got 1")]
    [InlineData("zip(variables.five, 3)", "zip() argument 1 must be an array, got float64")]
    [InlineData("map(variables.five)", "map() requires exactly 2 arguments: array expression and item expression")]
    [InlineData("map(5, item)", "map() first argument must be an array, got float64")]
    [InlineData("map(variables.five, nope)", "map() item expression failed: could not evaluate expression: nope")]
    [InlineData("sum(nope)", "sum() argument evaluation failed: could not evaluate expression: nope")]
    public void EvaluateValue_FunctionMisuse_ThrowsReferenceText(string expression, string message)
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator.EvaluateValue(expression, null, With(Variables)));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void EvaluateValue_MapWithOuterInput_ArithmeticSeesOuterItem()
    {
        // Quirk: item/input variables keep the outer values inside map(); only §2 paths see the element.
        var input = Json("""{"qty": 10, "lines": [{"qty": 1}, {"qty": 2}]}""");
        Assert.Equal(Serialize(Json("[1,2]")), Serialize(Evaluator.EvaluateValue("map(item.lines, item.qty)", input, With())));
        Assert.Equal(Serialize(Json("[20,20]")), Serialize(Evaluator.EvaluateValue("map(item.lines, item.qty * 2)", input, With())));
    }
}
