using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Operations;

namespace Thaiyyal.Engine.Tests.Nodes.Operations;

public sealed class OperationNodeExecutorTests
{
    [Theory]
    [InlineData("add", 6.0, 3.0, 9.0)]
    [InlineData("subtract", 6.0, 3.0, 3.0)]
    [InlineData("multiply", 6.0, 3.0, 18.0)]
    [InlineData("divide", 6.0, 4.0, 1.5)]
    public async Task ExecuteAsync_TwoNumbers_AppliesTheOperation(string op, double left, double right, double expected)
    {
        var context = TestNodeContext.For("operation", $$"""{"op":"{{op}}"}""", left.ToString(System.Globalization.CultureInfo.InvariantCulture), right.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var outcome = await new OperationNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Value);
    }

    [Theory]
    [InlineData("""{"op":"add"}""", new[] { "1" }, "operation needs 2 inputs, got 1")]
    [InlineData("""{"op":"add"}""", new[] { "1", "\"2\"" }, "operation inputs must be numbers")]
    [InlineData("""{"op":"divide"}""", new[] { "1", "0" }, "division by zero")]
    [InlineData("""{"op":"modulo"}""", new[] { "1", "2" }, "unknown operation: modulo")]
    public async Task ExecuteAsync_BadInput_FailsWithReferenceText(string config, string[] inputs, string expected)
    {
        var outcome = await new OperationNodeExecutor().ExecuteAsync(TestNodeContext.For("operation", config, inputs), TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Error);
    }
}
