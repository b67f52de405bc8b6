using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.State;

namespace Thaiyyal.Engine.Tests.Nodes.State;

public sealed class VariableNodeExecutorTests
{
    private static Task<NodeOutcome> Run(NodeContext context) =>
        new VariableNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken).AsTask();

    [Fact]
    public async Task ExecuteAsync_Set_StoresInputAndEchoesIt()
    {
        var context = TestNodeContext.For("variable", """{"var_name":"x","var_op":"set"}""", "[1,2]");
        var outcome = await Run(context);
        TestNodeContext.AssertJsonEqual("""{"var_name":"x","operation":"set","value":[1,2]}""", outcome.Value);
        TestNodeContext.AssertJsonEqual("[1,2]", context.State.Variables["x"]);
    }

    [Fact]
    public async Task ExecuteAsync_Get_ReadsStoredValue()
    {
        var context = TestNodeContext.For("variable", """{"var_name":"x","var_op":"get"}""");
        context.State.Variables["x"] = null;
        var outcome = await Run(context);
        TestNodeContext.AssertJsonEqual("""{"var_name":"x","operation":"get","value":null}""", outcome.Value);
    }

    [Theory]
    [InlineData("""{"var_name":"x","var_op":"get"}""", new string[0], "variable 'x' not found")]
    [InlineData("""{"var_name":"x","var_op":"set"}""", new string[0], "variable set operation requires input value")]
    [InlineData("""{"var_name":"x","var_op":"delete"}""", new string[0], "unsupported variable operation: delete (use 'get' or 'set')")]
    public async Task ExecuteAsync_Invalid_Fails(string config, string[] inputs, string expected)
    {
        var outcome = await Run(TestNodeContext.For("variable", config, inputs));
        Assert.Equal(expected, outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_TooManyVariables_FailsOnlyForNewNames()
    {
        var context = TestNodeContext.For("variable", """{"var_name":"b","var_op":"set"}""", "1");
        context.Limits.MaxVariables = 1;
        context.State.Variables["a"] = 0.0;
        Assert.Equal("maximum variables exceeded: 1 (limit: 1)", (await Run(context)).Error);

        var overwrite = TestNodeContext.For("variable", """{"var_name":"a","var_op":"set"}""", "1");
        overwrite.Limits.MaxVariables = 1;
        overwrite.State.Variables["a"] = 0.0;
        Assert.True((await Run(overwrite)).IsSuccess);
    }

    [Theory]
    [InlineData("\"héllo\"", "variable validation failed: string too long: 6 bytes (limit: 5)")]
    [InlineData("[1,2,3,4,5,6]", "variable validation failed: array too large: 6 elements (limit: 5)")]
    [InlineData("[\"abc\",\"abcdef\"]", "variable validation failed: array element 1: string too long: 6 bytes (limit: 5)")]
    [InlineData("[[[[[1]]]]]", "variable validation failed: array element 0: value too deeply nested: 5 levels (limit: 4)")]
    [InlineData("{\"a\":{\"b\":{\"c\":{\"d\":1}}}}", "variable validation failed: value too deeply nested: 5 levels (limit: 4)")]
    public async Task ExecuteAsync_ValueBeyondLimits_Fails(string value, string expected)
    {
        var context = TestNodeContext.For("variable", """{"var_name":"x","var_op":"set"}""", value);
        context.Limits.MaxStringLength = 5;
        context.Limits.MaxArrayLength = 5;
        context.Limits.MaxContextDepth = 4;
        Assert.Equal(expected, (await Run(context)).Error);
    }
}
