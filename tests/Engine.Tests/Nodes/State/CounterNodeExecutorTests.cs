using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.State;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.State;

public sealed class CounterNodeExecutorTests
{
    private static async Task<NodeOutcome> Run(WorkflowState state, string config) =>
        await RunAsync(new CounterNodeExecutor(), state, TimeProvider.System, config);

    [Fact]
    public async Task ExecuteAsync_Operations_ShareTheRunCounter()
    {
        var state = new WorkflowState();
        AssertSuccess("""{"operation":"increment","value":1}""", await Run(state, """{"counter_op":"increment"}"""));
        AssertSuccess("""{"operation":"increment","value":6}""", await Run(state, """{"counter_op":"increment","delta":5}"""));
        AssertSuccess("""{"operation":"decrement","value":4}""", await Run(state, """{"counter_op":"decrement","delta":2}"""));
        AssertSuccess("""{"operation":"get","value":4}""", await Run(state, """{"counter_op":"get"}"""));
        AssertSuccess("""{"operation":"reset","value":0}""", await Run(state, """{"counter_op":"reset"}"""));
    }

    [Fact]
    public async Task ExecuteAsync_InitialValue_OverwritesBeforeEveryOperation()
    {
        var state = new WorkflowState { Counter = 50 };
        AssertSuccess("""{"operation":"increment","value":11}""", await Run(state, """{"counter_op":"increment","initial_value":10}"""));
        AssertSuccess("""{"operation":"increment","value":11}""", await Run(state, """{"counter_op":"increment","initial_value":10}"""));
        AssertSuccess("""{"operation":"reset","value":10}""", await Run(state, """{"counter_op":"reset","initial_value":10}"""));
    }

    [Fact]
    public async Task ExecuteAsync_Unknown_Fails() =>
        AssertFailure("unsupported counter operation: double (use increment, decrement, reset, or get)", await Run(new WorkflowState(), """{"counter_op":"double"}"""));

    [Fact]
    public void Schema_StringDelta_IsATypeError() =>
        Assert.Contains("CounterData.delta of type float64", DecodeError(new CounterNodeExecutor(), """{"counter_op":"get","delta":"1"}"""));
}
