using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Support;

/// <summary>Runs an executor against JSON snippets, optionally with shared state, a fake clock or custom limits.</summary>
internal static class ExecutorRuns
{
    public static ValueTask<NodeOutcome> RunAsync(INodeExecutor executor, string configJson = "{}", params string[] inputsJson) =>
        executor.ExecuteAsync(TestNodeContext.For(executor.NodeType, configJson, inputsJson), TestContext.Current.CancellationToken);

    public static ValueTask<NodeOutcome> RunAsync(
        INodeExecutor executor, WorkflowState state, TimeProvider clock, string configJson = "{}", string nodeId = "n1", params string[] inputsJson) =>
        executor.ExecuteAsync(With(TestNodeContext.For(executor.NodeType, configJson, inputsJson), state, clock, nodeId: nodeId), TestContext.Current.CancellationToken);

    public static NodeContext With(
        NodeContext context, WorkflowState? state = null, TimeProvider? clock = null, EngineLimits? limits = null, string? nodeId = null,
        NodeWaitContext? waits = null) => new()
    {
        RunId = context.RunId,
        NodeId = nodeId ?? context.NodeId,
        NodeType = context.NodeType,
        Config = context.Config,
        Inputs = context.Inputs,
        State = state ?? context.State,
        NodeResults = context.NodeResults,
        Clock = clock ?? context.Clock,
        Limits = limits ?? context.Limits,
        ParkThreshold = waits is null ? context.ParkThreshold : waits.ParkThreshold,
        Resumed = waits?.Resumed ?? context.Resumed,
        Signal = waits is null ? context.Signal : waits.Signal,
    };

    /// <summary>The decode-time error of the executor's schema for <paramref name="dataJson"/>, or null.</summary>
    public static string? DecodeError(INodeExecutor executor, string dataJson) =>
        executor.Schema.Validate(new NodeConfig((Dictionary<string, object?>)JsonValues.Parse(dataJson)!));

    public static void AssertSuccess(string expectedJson, NodeOutcome outcome)
    {
        Assert.True(outcome.IsSuccess, outcome.Error);
        TestNodeContext.AssertJsonEqual(expectedJson, outcome.Value);
    }

    public static void AssertFailure(string expectedError, NodeOutcome outcome)
    {
        Assert.False(outcome.IsSuccess);
        Assert.Equal(expectedError, outcome.Error);
    }
}
