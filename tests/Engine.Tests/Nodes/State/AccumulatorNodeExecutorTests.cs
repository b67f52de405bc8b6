using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.State;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.State;

public sealed class AccumulatorNodeExecutorTests
{
    private static async Task<NodeOutcome> Run(WorkflowState state, string config, params string[] inputs) =>
        await RunAsync(new AccumulatorNodeExecutor(), state, TimeProvider.System, config, "n1", inputs);

    [Fact]
    public async Task ExecuteAsync_Sum_AccumulatesAcrossNodes()
    {
        var state = new WorkflowState();
        AssertSuccess("""{"operation":"sum","value":2}""", await Run(state, """{"accum_op":"sum"}""", "2"));
        AssertSuccess("""{"operation":"sum","value":5}""", await Run(state, """{"accum_op":"sum","initial_value":100}""", "3"));
        Assert.True(state.AccumulatorInitialized);
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_ReportsCurrentValue() =>
        AssertSuccess("""{"operation":"product","value":1}""", await Run(new WorkflowState(), """{"accum_op":"product"}"""));

    [Fact]
    public async Task ExecuteAsync_Array_AppendsWithoutMutatingThePrevious()
    {
        var state = new WorkflowState();
        var first = await Run(state, """{"accum_op":"array"}""", "1");
        await Run(state, """{"accum_op":"array"}""", "\"b\"");
        TestNodeContext.AssertJsonEqual("""{"operation":"array","value":[1]}""", first.Value);
        TestNodeContext.AssertJsonEqual("""[1,"b"]""", state.Accumulator);
    }

    [Theory]
    [InlineData("""{"accum_op":"sum"}""", "\"x\"", "sum accumulator requires numeric input, got string")]
    [InlineData("""{"accum_op":"concat"}""", "1", "concat accumulator requires string input, got float64")]
    [InlineData("""{"accum_op":"sum","initial_value":"a"}""", "1", "accumulator value is not a number")]
    [InlineData("""{"accum_op":"array","initial_value":1}""", "1", "accumulator value is not an array")]
    [InlineData("""{"accum_op":"avg"}""", "1", "unsupported accumulator operation: avg")]
    public async Task ExecuteAsync_Mismatch_Fails(string config, string input, string error) =>
        AssertFailure(error, await Run(new WorkflowState(), config, input));

    [Fact]
    public async Task ExecuteAsync_Count_IgnoresInputValue() =>
        AssertSuccess("""{"operation":"count","value":1}""", await Run(new WorkflowState(), """{"accum_op":"count"}""", "\"anything\""));

    [Fact]
    public void Schema_MissingOp_IsRequired() =>
        Assert.Equal("missing required field: accum_op", DecodeError(new AccumulatorNodeExecutor(), "{}"));
}
