using Thaiyyal.Grains.Engine.Expressions;
using static Thaiyyal.Engine.Tests.Expressions.ExpressionTestScope;

namespace Thaiyyal.Engine.Tests.Expressions;

public sealed class ValueModeTests
{
    [Theory]
    [InlineData("input > 3 ? 'big' : 'small'", "5", "\"big\"")]
    [InlineData("input > 3 ? 'big' : 'small'", "2", "\"small\"")]
    [InlineData("input > 8 ? 'a' : input > 3 ? 'b' : 'c'", "5", "\"b\"")]
    [InlineData("input * 2 + 1", "5", "11")]
    [InlineData("input", "{\"a\": [1]}", "{\"a\": [1]}")]
    [InlineData("a", "{\"a\": [1]}", "[1]")]
    [InlineData("null", "1", "null")]
    [InlineData("'text'", "1", "\"text\"")]
    [InlineData("0x1p-2", "1", "0.25")]
    [InlineData("1e3", "1", "1000")]
    [InlineData("nope ? 1 : 2", "null", "2")]
    [InlineData("'a' + 'b'", "null", "\"a' + 'b\"")]
    [InlineData("item.qty * item.price", "{\"qty\": 3, \"price\": \"2.5\"}", "7.5")]
    // "'a' + 'b'": no concatenation; the quoted-literal rule sees a ' at both ends and strips just those.
    public void EvaluateValue_Expression_ReturnsValue(string expression, string inputJson, string expectedJson)
    {
        var result = Evaluator.EvaluateValue(expression, Json(inputJson), With());
        Assert.Equal(Serialize(Json(expectedJson)), Serialize(result));
    }

    [Theory]
    [InlineData("input > 3", "could not evaluate expression: input > 3")]
    [InlineData("now()", "could not evaluate expression: now()")]
    [InlineData("parseDate('2024-01-01')", "could not evaluate expression: parseDate('2024-01-01')")]
    [InlineData("isNull(nope) ? 1 : 2", "ternary condition evaluation failed: error resolving argument 'nope': unknown reference: nope")]
    public void EvaluateValue_Unsupported_ThrowsCouldNotEvaluate(string expression, string message)
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator.EvaluateValue(expression, null, With()));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void EvaluateValue_DateFunctionNestedInArithmetic_DoesNotRecurseForever()
    {
        var error = Assert.Throws<ExpressionException>(() => Evaluator.EvaluateValue("toEpoch(now()) + 1", 3.0, With()));
        Assert.Equal("could not evaluate expression: toEpoch(now()) + 1", error.Message);
    }

    [Fact]
    public void EvaluateValue_ExistingItemVariable_IsNotOverriddenByInput()
    {
        var scope = With("""{"item": 100}""");
        Assert.Equal(200.0, Evaluator.EvaluateValue("item * 2", 1.0, scope));
    }
}
