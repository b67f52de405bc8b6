using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;
using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Grains.Tests.Events;

[Collection(ClusterCollection.Name)]
public sealed class RunHistoryTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private const string Branching = """
        {"workflow_id":"wf-branch","nodes":[
          {"id":"n","type":"number","data":{"value":5}},
          {"id":"c","type":"condition","data":{"condition":">10"}},
          {"id":"t","type":"number","data":{"value":1}},
          {"id":"f","type":"number","data":{"value":2}}],
         "edges":[{"id":"e1","source":"n","target":"c"},
                  {"id":"e2","source":"c","target":"t","sourceHandle":"true"},
                  {"id":"e3","source":"c","target":"f","sourceHandle":"false"}]}
        """;

    [Fact]
    public async Task GetEventsAsync_FinishedRun_ReturnsEveryStepNumberedWithoutGaps()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(Wait);

        var events = await run.GetEventsAsync(0);

        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
        Assert.Equal(RunEventTypes.RunStarted, events[0].Type);
        Assert.Equal("wf-three", events[0].WorkflowId);
        Assert.Equal(RunEventTypes.RunCompleted, events[^1].Type);
        Assert.Equal("3", events[^1].ResultJson);
        Assert.Equal(3, events.Count(e => e.Type == RunEventTypes.NodeStarted));
        Assert.Equal(["1", "2", "3"], events.Where(e => e.Type == RunEventTypes.NodeCompleted).Select(e => e.ResultJson).Order(StringComparer.Ordinal));
        Assert.Equal(8, events.Count);
    }

    [Fact]
    public async Task GetEventsAsync_AfterSeq_ReturnsOnlyLaterEvents()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(Wait);

        var later = await run.GetEventsAsync(5);

        Assert.Equal([6L, 7L, 8L], later.Select(e => e.Seq));
    }

    [Fact]
    public async Task GetEventsAsync_BranchNotTaken_RecordsNodeSkipped()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(Branching, null));
        await run.WaitForCompletionAsync(Wait);

        var events = await run.GetEventsAsync(0);

        Assert.Contains(events, e => e.Type == RunEventTypes.NodeSkipped && e.NodeId == "t");
        Assert.DoesNotContain(events, e => e.NodeId == "t" && e.Type == RunEventTypes.NodeStarted);
    }

    [Fact]
    public async Task GetEventsAsync_UnknownRun_IsEmpty()
    {
        var events = await fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId()).GetEventsAsync(0);

        Assert.Empty(events);
    }

    [Fact]
    public async Task History_FinishedRun_IsStoredAndIndexed()
    {
        var runId = TestRuns.NewId();
        var run = fixture.Client.GetGrain<IRunGrain>(runId);
        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(Wait);

        var stored = await fixture.Client.GetGrain<IRunHistoryGrain>(runId).ReadAsync(0);
        var page = await fixture.Client.GetGrain<IRunQueryGrain>(0).ListAsync(new RunListQuery(TenantIds.Default, 1000) { WorkflowId = "wf-three" });

        Assert.Equal(8, stored.Count);
        var summary = Assert.Single(page.Runs, r => r.RunId == runId);
        Assert.Equal("completed", summary.Status);
        Assert.NotNull(summary.CompletedAt);
    }

    [Fact]
    public async Task History_RunOfAnotherTenant_IsStoredAndIndexedInItsTenantOnly()
    {
        var runId = TestRuns.NewId();
        var tenant = "t-" + runId[..8];
        var run = fixture.Client.GetGrain<IRunGrain>(TenantKeys.For(tenant, runId));
        var started = await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(Wait);

        var events = await run.GetEventsAsync(0);
        var stored = await fixture.Client.GetGrain<IRunHistoryGrain>(TenantKeys.For(tenant, runId)).ReadAsync(0);
        var underBareId = await fixture.Client.GetGrain<IRunHistoryGrain>(runId).ReadAsync(0);
        var ownPage = await fixture.Client.GetGrain<IRunQueryGrain>(0).ListAsync(new RunListQuery(tenant, 10));
        var defaultPage = await fixture.Client.GetGrain<IRunQueryGrain>(0).ListAsync(new RunListQuery(TenantIds.Default, 1000) { WorkflowId = "wf-three" });

        Assert.Equal(runId, started.RunId); // clients see the bare id
        Assert.All(events, e => Assert.Equal(runId, e.RunId));
        Assert.Equal(8, stored.Count);
        Assert.Empty(underBareId); // the default tenant's run of that id is another run
        var summary = Assert.Single(ownPage.Runs);
        Assert.Equal((runId, tenant, "completed"), (summary.RunId, summary.TenantId, summary.Status));
        Assert.DoesNotContain(defaultPage.Runs, r => r.RunId == runId);
        Assert.Equal(RunSnapshot.UnknownStatus, (await fixture.Client.GetGrain<IRunGrain>(runId).GetSnapshotAsync()).Status);
    }
}
