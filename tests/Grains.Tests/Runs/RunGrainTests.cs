using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Runs;

[Collection(ClusterCollection.Name)]
public sealed class RunGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task StartAsync_Workflow_RunsEveryNodeAndRecordsTheRun()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        var started = await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("running", started.Status);
        Assert.Equal("completed", finished.Status);
        Assert.Equal("wf-three", finished.WorkflowId);
        Assert.Equal("3", finished.FinalOutputJson);
        Assert.Equal(["a", "b", "c"], finished.Nodes.Select(n => n.NodeId));
        Assert.All(finished.Nodes, n => Assert.Equal("completed", n.Status));
        Assert.NotNull(finished.CompletedAt);
    }

    [Fact]
    public async Task StartAsync_CalledTwice_StartsOnce()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        var first = await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(Wait);
        var second = await run.StartAsync(new StartRun("""{"nodes":[]}""", null));

        Assert.Equal(first.CreatedAt, second.CreatedAt);
        Assert.Equal(3, second.Nodes.Count);
    }

    [Fact]
    public async Task StartAsync_NodesOfARun_ExecuteOnTheRunsSilo()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Single(finished.Nodes.Select(n => n.ExecutedOn).Distinct());
    }

    [Fact]
    public async Task StartAsync_Inputs_ReplaceInputNodeValues()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, """{"c": 42}"""));
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("42", finished.FinalOutputJson);
    }

    [Fact]
    public async Task StartAsync_NodeFails_RunFailsWithReferenceError()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());

        await run.StartAsync(new StartRun("""{"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"z","type":"nosuch","data":{}}]}""", null));
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("failed", finished.Status);
        Assert.Equal(["error executing node z: no executor registered for type: nosuch"], finished.Errors);
        Assert.Null(finished.FinalOutputJson);
    }

    [Fact]
    public async Task GetSnapshotAsync_NeverStarted_IsUnknown()
    {
        var snapshot = await fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId()).GetSnapshotAsync();

        Assert.Equal(RunSnapshot.UnknownStatus, snapshot.Status);
    }

    [Fact]
    public async Task StartAsync_SameIdOtherRequestHash_IsRefusedAcrossTheWire_SameHashIsANoOp()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        var first = await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null, RequestHash: "a"));

        var repeat = await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null, RequestHash: "a"));
        var error = await Assert.ThrowsAsync<RunIdInUseException>(() => run.StartAsync(new StartRun(TestRuns.ThreeNumbers, """{"x":1}""", RequestHash: "b")));

        Assert.Equal(first.CreatedAt, repeat.CreatedAt);
        Assert.Equal(first.RunId, error.RunId);
        Assert.Equal("completed", (await run.WaitForCompletionAsync(Wait)).Status); // the refused start changed nothing
    }
}
