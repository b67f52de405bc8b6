using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Runs;

[Collection(ClusterCollection.Name)]
public sealed class NodeGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ExecuteAsync_CalledAgain_ReturnsStoredResultWithoutReExecuting()
    {
        var runId = TestRuns.NewId();
        var node = fixture.Client.GetGrain<INodeGrain>(NodeKeys.For(runId, "n"));
        var command = new ExecuteNode(runId, """{"id":"n","type":"number","data":{"value":7}}""", "[]", null, null);
        var ct = TestContext.Current.CancellationToken;

        var first = await node.ExecuteAsync(command, ct);
        var second = await node.ExecuteAsync(command with { NodeJson = """{"id":"n","type":"number","data":{"value":8}}""" }, ct);

        Assert.True(first.Succeeded);
        Assert.Equal("7", first.ResultJson);
        Assert.Equal(first, second);
        Assert.Equal(1, second.Attempts);
    }

    [Fact]
    public async Task GetResultAsync_BeforeExecution_IsNull()
    {
        Assert.Null(await fixture.Client.GetGrain<INodeGrain>(NodeKeys.For(TestRuns.NewId(), "n")).GetResultAsync());
    }
}
