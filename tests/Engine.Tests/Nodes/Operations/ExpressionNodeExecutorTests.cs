using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Operations;

namespace Thaiyyal.Engine.Tests.Nodes.Operations;

public sealed class ExpressionNodeExecutorTests
{
    private static readonly ExpressionNodeExecutor Executor = new(new ExpressionEvaluator());

    [Theory]
    [InlineData("""{"expression": "input * 2"}""", "21", "42")]
    [InlineData("""{"expression": "map(input, item.n)"}""", """[{"n": 1}, {"n": 2}]""", "[1, 2]")]
    [InlineData("""{"expression": "input.name.toUpperCase()"}""", """{"name": "ada"}""", "\"ADA\"")]
    [InlineData("""{"expression": "input > 3"}""", "5", "true")]
    [InlineData("""{"expression": "missing.field"}""", "5", "false")]
    [InlineData("""{"expression": ""}""", "5", """{"result": 5, "warning": "no expression specified"}""")]
    public async Task ExecuteAsync_Expression_OutputsValue(string config, string input, string expected)
    {
        var outcome = await Executor.ExecuteAsync(TestNodeContext.For("expression", config, input), TestContext.Current.CancellationToken);
        Assert.True(outcome.IsSuccess, outcome.Error);
        TestNodeContext.AssertJsonEqual(expected, outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_InputVariable_OverridesWorkflowVariable()
    {
        var context = TestNodeContext.For("expression", """{"expression": "variables.input + variables.bonus"}""", "3");
        context.State.Variables["input"] = 100.0;
        context.State.Variables["bonus"] = 1.0;
        var outcome = await Executor.ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(4.0, outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails()
    {
        var outcome = await Executor.ExecuteAsync(TestNodeContext.For("expression", """{"expression": "1"}"""), TestContext.Current.CancellationToken);
        Assert.Equal("expression node needs at least 1 input", outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_BothModesFail_ReportsValueModeError()
    {
        var context = TestNodeContext.For("expression", """{"expression": "contains(1)"}""", "5");
        var outcome = await Executor.ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal("expression evaluation failed: could not evaluate expression: contains(1)", outcome.Error);
    }

    [Theory]
    [InlineData("""{}""", "missing required field: expression")]
    [InlineData("""{"expression": null}""", "missing required field: expression")]
    [InlineData("""{"expression": 5}""", "json: cannot unmarshal number into Go struct field ExpressionData.expression of type string")]
    public void Schema_BadExpression_IsADecodeError(string data, string message)
    {
        var decoder = new WorkflowDecoder(t => t == "expression" ? Executor.Schema : null);
        var ex = Assert.Throws<WorkflowFormatException>(() =>
            decoder.Decode($$"""{"nodes":[{"id":"a","type":"expression","data":{{data}}}]}"""));
        Assert.EndsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
