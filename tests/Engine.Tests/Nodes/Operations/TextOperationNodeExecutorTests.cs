using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Operations;

namespace Thaiyyal.Engine.Tests.Nodes.Operations;

public sealed class TextOperationNodeExecutorTests
{
    [Theory]
    [InlineData("uppercase", "Hello", "HELLO")]
    [InlineData("lowercase", "HeLLo", "hello")]
    [InlineData("titlecase", "hELLO wORLD it's fine", "Hello World It's Fine")]
    [InlineData("titlecase", "hello-world 3rd", "Hello-World 3Rd")]
    [InlineData("camelcase", "hello world from go", "helloWorldFromGo")]
    [InlineData("camelcase", "  Hello   WORLD ", "helloWorld")]
    [InlineData("camelcase", "   ", "   ")]
    [InlineData("inversecase", "HeLLo WoRLd 1", "hEllO wOrlD 1")]
    public async Task ExecuteAsync_CaseOperation_ConvertsText(string op, string input, string expected)
    {
        var context = TestNodeContext.For("text_operation", $$"""{"text_op":"{{op}}"}""", $"\"{input}\"");
        var outcome = await new TextOperationNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_Concat_JoinsAllInputsWithSeparator()
    {
        var context = TestNodeContext.For("text_operation", """{"text_op":"concat","separator":", "}""", "\"a\"", "\"b\"", "\"c\"");
        var outcome = await new TextOperationNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal("a, b, c", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_Repeat_RepeatsText()
    {
        var context = TestNodeContext.For("text_operation", """{"text_op":"repeat","repeat_n":3}""", "\"ab\"");
        var outcome = await new TextOperationNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal("ababab", outcome.Value);
    }

    [Theory]
    [InlineData("""{"text_op":"uppercase"}""", new string[0], "text operation needs at least 1 input")]
    [InlineData("""{"text_op":"uppercase"}""", new[] { "42" }, "text operation input must be text/string")]
    [InlineData("""{"text_op":"concat"}""", new[] { "\"a\"", "1" }, "concat operation input 1 must be text/string")]
    [InlineData("""{"text_op":"repeat"}""", new[] { "\"a\"" }, "repeat operation requires repeat_n field")]
    [InlineData("""{"text_op":"repeat","repeat_n":-2}""", new[] { "\"a\"" }, "repeat_n must be non-negative, got -2")]
    [InlineData("""{"text_op":"repeat","repeat_n":2}""", new[] { "true" }, "repeat operation input must be text/string")]
    [InlineData("""{"text_op":"reverse"}""", new[] { "\"a\"" }, "unknown text operation: reverse")]
    public async Task ExecuteAsync_Invalid_FailsWithReferenceText(string config, string[] inputs, string expected)
    {
        var outcome = await new TextOperationNodeExecutor().ExecuteAsync(TestNodeContext.For("text_operation", config, inputs), TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Error);
    }
}
