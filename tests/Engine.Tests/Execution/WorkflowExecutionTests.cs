using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Graph;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Engine.Tests.Execution;

/// <summary>The scheduler's ordering guarantees, independent of any executor.</summary>
public sealed class WorkflowExecutionTests
{
    private static readonly Thaiyyal.Grains.Engine.Model.WorkflowDecoder Decoder = NodeCatalog.CreateDefault().CreateDecoder();

    private static WorkflowExecution For(string json, int maxNodeExecutions = 0, int maxHttpCalls = 0) =>
        new(WorkflowPlan.Build(Decoder.Decode(json)), type => NodeCatalog.CreateDefault().Find(type)?.Ordering ?? NodeOrdering.Sequential, maxNodeExecutions, maxHttpCalls);

    [Fact]
    public void TakeReadyNodes_IndependentRoots_AreHandedOutTogether()
    {
        var execution = For("""{"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}]}""");

        Assert.Equal(["a", "b"], execution.TakeReadyNodes());
        Assert.Empty(execution.TakeReadyNodes());
    }

    [Fact]
    public void TakeReadyNodes_SequentialNode_WaitsForEveryEarlierNode()
    {
        // "v" (variable, sequential) sorts after "a" but does not depend on it: it must still wait for "a".
        var execution = For("""
            {"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"v","type":"variable","data":{"var_name":"x","var_op":"get"}}]}
            """);

        Assert.Equal(["a"], execution.TakeReadyNodes());
        execution.Complete("a", 1.0);
        Assert.Equal(["v"], execution.TakeReadyNodes());
    }

    [Fact]
    public void Prepare_SequentialNode_SeesOnlyResultsOfEarlierNodes()
    {
        var execution = For("""
            {"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"m","type":"expression","data":{"expression":"1"}},{"id":"z","type":"number","data":{"value":3}}]}
            """);
        var first = execution.TakeReadyNodes();
        Assert.Equal(["a", "z"], first);
        execution.Complete("z", 3.0); // a later node finishing first must stay invisible to "m"
        execution.Complete("a", 1.0);

        Assert.Equal(["m"], execution.TakeReadyNodes());
        Assert.Equal(["a"], execution.Prepare("m").VisibleResults.Keys);
    }

    [Fact]
    public void Complete_WithAPath_FollowsOnlyEdgesOfThatHandleAndPlainEdges()
    {
        var execution = For("""
            {"nodes":[{"id":"w","type":"wait_event","data":{"event":"go"}},
                      {"id":"yes","type":"number","data":{"value":1}},{"id":"no","type":"number","data":{"value":0}},
                      {"id":"any","type":"number","data":{"value":2}}],
             "edges":[{"id":"e1","source":"w","target":"yes","sourceHandle":"event"},
                      {"id":"e2","source":"w","target":"no","sourceHandle":"timeout"},
                      {"id":"e3","source":"w","target":"any"}]}
            """);
        Assert.Equal(["w"], execution.TakeReadyNodes());

        // The value would satisfy the "timeout" handle by its own "path" field: the recorded branch wins.
        execution.Complete("w", new Dictionary<string, object?> { ["path"] = "timeout" }, "event");

        Assert.Equal(["any", "yes"], execution.TakeReadyNodes().Order());
        Assert.Equal(NodeRunStatus.Skipped, execution.StatusOf("no"));
    }

    [Fact]
    public void RunError_TwoFailures_ReportsTheEarliestInSequentialOrder()
    {
        var execution = For("""{"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}]}""");
        execution.TakeReadyNodes();

        execution.Fail("b", "second");
        execution.Fail("a", "first");

        Assert.Equal("error executing node a: first", execution.RunError);
    }

    [Fact]
    public void TakeReadyNodes_AfterAFailure_NothingLaterStarts()
    {
        var execution = For("""
            {"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}],
             "edges":[{"id":"e","source":"a","target":"b"}]}
            """);
        execution.TakeReadyNodes();

        execution.Fail("a", "boom");

        Assert.Empty(execution.TakeReadyNodes());
        Assert.Equal(NodeRunStatus.NotRun, execution.StatusOf("b"));
    }

    [Fact]
    public void TakeReadyNodes_HttpCallsOverTheCap_FailWithTheReferenceMessage()
    {
        var execution = For("""
            {"nodes":[{"id":"h1","type":"http","data":{"url":"http://example.com"}},{"id":"h2","type":"http","data":{"url":"http://example.com"}}]}
            """, maxHttpCalls: 1);

        execution.TakeReadyNodes();

        Assert.Equal("error executing node h2: maximum HTTP calls per execution exceeded: 2 (limit: 1)", execution.RunError);
    }

    [Fact]
    public void TakeReadyNodes_NodeExecutionsOverTheLimit_FailWithTheReferenceMessage()
    {
        var execution = For("""{"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}]}""", maxNodeExecutions: 1);

        execution.TakeReadyNodes();

        Assert.Equal("error executing node b: maximum node executions exceeded: 2 (limit: 1)", execution.RunError);
    }

    [Fact]
    public void FinalOutput_SeveralTerminalNodes_IsTheFirstInPayloadOrder()
    {
        var execution = For("""{"nodes":[{"id":"z","type":"number","data":{"value":1}},{"id":"a","type":"number","data":{"value":2}}]}""");
        execution.TakeReadyNodes();
        execution.Complete("a", 2.0);
        execution.Complete("z", 1.0);

        Assert.Equal(1.0, execution.FinalOutput());
    }
}
