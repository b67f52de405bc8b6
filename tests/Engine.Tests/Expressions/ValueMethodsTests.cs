using Thaiyyal.Grains.Engine.Expressions;
using static Thaiyyal.Engine.Tests.Expressions.ExpressionTestScope;

namespace Thaiyyal.Engine.Tests.Expressions;

public sealed class ValueMethodsTests
{
    private const string Input = """{"name": "  Ada Lovelace ", "csv": "a,b,,c", "tags": ["x", 2, true], "n": 5, "word": "héllo", "empty": []}""";

    [Theory]
    [InlineData("input.name.trim()", "\"Ada Lovelace\"")]
    [InlineData("input.name.trim().toUpperCase()", "\"ADA LOVELACE\"")]
    [InlineData("input.name.toLowerCase()", "\"  ada lovelace \"")]
    [InlineData("input.name.includes('Love')", "true")]
    [InlineData("input.name.trim().startsWith('Ada')", "true")]
    [InlineData("input.name.endsWith('x')", "false")]
    [InlineData("input.csv.replace(',', ';')", "\"a;b;;c\"")]
    [InlineData("input.word.replace('', '-')", "\"-h-é-l-l-o-\"")]
    [InlineData("input.csv.split(',')", "[\"a\",\"b\",\"\",\"c\"]")]
    [InlineData("input.word.split('')", "[\"h\",\"é\",\"l\",\"l\",\"o\"]")]
    [InlineData("input.csv.split(',').join('+')", "\"a+b++c\"")]
    [InlineData("input.tags.join('|')", "\"x|2|true\"")]
    [InlineData("input.tags.includes(2)", "true")]
    [InlineData("input.tags.includes('true')", "true")]
    [InlineData("input.tags.includes('y')", "false")]
    [InlineData("input.tags.reverse()", "[true,2,\"x\"]")]
    [InlineData("input.tags.first()", "\"x\"")]
    [InlineData("input.tags.last()", "true")]
    [InlineData("input.empty.last()", "null")]
    [InlineData("input.word.length", "6")]
    [InlineData("input.tags.length", "3")]
    [InlineData("input.tags.length.ignored", "3")]
    public void EvaluateValue_Method_ReturnsReferenceResult(string expression, string expectedJson)
    {
        var result = Evaluator.EvaluateValue(expression, Json(Input), With());
        Assert.Equal(Serialize(Json(expectedJson)), Serialize(result));
    }

    [Theory]
    [InlineData("input.n.toUpperCase()", "toUpperCase() can only be called on strings, got float64")]
    [InlineData("input.tags.trim()", "trim() can only be called on strings, got []interface {}")]
    [InlineData("input.n.includes(1)", "includes() can only be called on strings or arrays, got float64")]
    [InlineData("input.name.includes()", "includes() requires exactly 1 argument, got 0")]
    [InlineData("input.name.replace('a')", "replace() requires exactly 2 arguments, got 1")]
    [InlineData("input.name.join(',')", "join() can only be called on arrays, got string")]
    [InlineData("input.name.first()", "first() can only be called on arrays, got string")]
    [InlineData("input.name.shout()", "unknown method: shout")]
    [InlineData("input.n.length", ".length property only available on arrays and strings, got float64")]
    [InlineData("input.tags[5]", "array index 5 out of bounds (length: 3)")]
    [InlineData("input.tags[-1]", "array index -1 out of bounds (length: 3)")]
    [InlineData("input.tags[a]", "invalid array index: a")]
    [InlineData("input.name[0]", "cannot use array indexing on non-array type: string")]
    [InlineData("input.missing", "field not found: missing")]
    [InlineData("input.n.deeper", "cannot access field deeper on non-object")]
    public void ResolvePath_BadUse_ThrowsReferenceText(string path, string message)
    {
        // Boolean-mode function arguments surface resolution errors verbatim.
        var error = Assert.Throws<ExpressionException>(() => Evaluator.Evaluate($"isNull({path})", Json(Input), With()));
        Assert.Equal($"error resolving argument '{path}': {message}", error.Message);
    }

    [Fact]
    public void EvaluateValue_IndexAfterMethodCall_IsNotSupported()
    {
        // "split(',')[3]" is one path segment that is neither a method call nor a field with an index.
        Assert.Throws<ExpressionException>(() => Evaluator.EvaluateValue("input.csv.split(',')[3]", Json(Input), With()));
    }
}
