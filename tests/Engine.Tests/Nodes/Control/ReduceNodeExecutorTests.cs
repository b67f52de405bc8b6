using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class ReduceNodeExecutorTests
{
    private static StubExpressionEvaluator Sum() => new((expression, input, scope) =>
        input is double d ? (double)scope.Variables["accumulator"]! + d : throw new Thaiyyal.Grains.Engine.Expressions.ExpressionException("nan"));

    [Fact]
    public async Task ExecuteAsync_Sum_FoldsAndSkipsErrors() =>
        AssertSuccess(
            """{"result":6,"final_value":6,"initial_value":null,"input_count":4,"iterations":4,"successful":3,"failed":1}""",
            await RunAsync(new ReduceNodeExecutor(Sum()), """{"expression":"acc+item"}""", """[1,2,"x",3]"""));

    [Fact]
    public async Task ExecuteAsync_InitialValue_StartsThere() =>
        AssertSuccess(
            """{"result":11,"final_value":11,"initial_value":10,"input_count":1,"iterations":1,"successful":1,"failed":0}""",
            await RunAsync(new ReduceNodeExecutor(Sum()), """{"expression":"acc+item","initial_value":10}""", "[1]"));

    [Fact]
    public async Task ExecuteAsync_NonArray_Fails() =>
        AssertFailure("reduce node requires array input, got float64", await RunAsync(new ReduceNodeExecutor(Sum()), """{"expression":"x"}""", "1"));

    [Fact]
    public async Task ExecuteAsync_EmptyExpression_Fails() =>
        AssertFailure("reduce node requires an expression", await RunAsync(new ReduceNodeExecutor(Sum()), """{"expression":""}""", "[1]"));

    [Fact]
    public void Schema_MissingExpression_IsRequired() =>
        Assert.Equal("missing required field: expression", DecodeError(new ReduceNodeExecutor(Sum()), "{}"));
}
