using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Runs;

[Collection(ClusterCollection.Name)]
public sealed class RunLifecycleTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task StartAsync_IndependentDelays_ExecuteConcurrently()
    {
        const string workflow = """
            {"nodes":[{"id":"d1","type":"delay","data":{"duration":"400ms"}},{"id":"d2","type":"delay","data":{"duration":"400ms"}},
                      {"id":"j","type":"join","data":{"join_strategy":"all"}}],
             "edges":[{"id":"e1","source":"d1","target":"j"},{"id":"e2","source":"d2","target":"j"}]}
            """;
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        await run.StartAsync(new StartRun(workflow, null));
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("completed", finished.Status);
        var d1 = finished.Nodes.Single(n => n.NodeId == "d1");
        var d2 = finished.Nodes.Single(n => n.NodeId == "d2");
        Assert.True(d1.StartedAt < d2.CompletedAt && d2.StartedAt < d1.CompletedAt, "the two delays' executions should overlap");
    }

    [Fact]
    public async Task CancelAsync_RunningRun_EndsCancelledWithoutRunningTheRest()
    {
        const string workflow = """
            {"nodes":[{"id":"wait","type":"delay","data":{"duration":"30s"}},{"id":"after","type":"number","data":{"value":1}}],
             "edges":[{"id":"e1","source":"wait","target":"after"}]}
            """;
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(workflow, null));

        var cancelled = await run.CancelAsync("test");

        Assert.Equal("cancelled", cancelled.Status);
        Assert.Equal(["run cancelled: test"], cancelled.Errors);
        Assert.Equal("not_run", cancelled.Nodes.Single(n => n.NodeId == "after").Status);
        Assert.NotNull(cancelled.CompletedAt);
    }
}

public sealed class RunTimeLimitTests : IClassFixture<ShortLimitClusterFixture>
{
    private readonly ShortLimitClusterFixture _fixture;

    public RunTimeLimitTests(ShortLimitClusterFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Run_PastItsTimeLimit_FailsWithTheReferenceTimeoutError()
    {
        const string workflow = """{"nodes":[{"id":"wait","type":"delay","data":{"duration":"30s"}}]}""";
        var run = _fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        await run.StartAsync(new StartRun(workflow, null));
        var finished = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(20));

        Assert.Equal("failed", finished.Status);
        Assert.Equal(["workflow execution timeout: exceeded 1s"], finished.Errors);
        Assert.Equal("not_run", finished.Nodes[0].Status);
    }
}
