using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Tests.Postgres;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Events;

/// <summary>Run history and the runs index in Postgres mode: rows in thaiyyal_run_events and thaiyyal_runs.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresHistoryTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Run_Finished_HistoryRowsAreGapFreeAndMatchTheGrain()
    {
        var runId = TestRuns.NewId();
        var grain = fixture.Client.GetGrain<IRunGrain>(runId);
        await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));

        var rows = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT seq, type, payload::text FROM thaiyyal_run_events WHERE run_id = @run ORDER BY seq", ("run", runId));
        var events = await grain.GetEventsAsync(0);

        Assert.Equal(Enumerable.Range(1, 8).Select(i => (long)i), rows.Select(r => (long)r[0]!));
        Assert.Equal(events.Select(e => e.Type), rows.Select(r => (string)r[1]!));
        Assert.Equal("RunCompleted", (string)rows[^1][1]!);
        Assert.Contains("\"workflowId\": \"wf-three\"", (string)rows[0][2]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Finished_IsListedFromTheRunsTable()
    {
        var runId = TestRuns.NewId();
        var workflowId = "wf-" + runId;
        var grain = fixture.Client.GetGrain<IRunGrain>(runId);
        await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers.Replace("wf-three", workflowId, StringComparison.Ordinal), null));
        await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));

        var page = await fixture.Client.GetGrain<IRunQueryGrain>(0)
            .ListAsync(new RunListQuery(TenantIds.Default, 10) { WorkflowId = workflowId, Status = "completed" });
        var row = Assert.Single(await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT status, completed_at FROM thaiyyal_runs WHERE run_id = @run", ("run", runId)));

        var summary = Assert.Single(page.Runs);
        Assert.Equal(runId, summary.RunId);
        Assert.Null(page.Next);
        Assert.Equal("completed", (string)row[0]!);
        Assert.NotNull(row[1]);
    }

    [Fact]
    public async Task SameRunId_InTwoTenants_RowsCarryTheTenantAndEachReadsItsOwn()
    {
        var runId = TestRuns.NewId();
        var tenant = "t-" + runId[..8];
        var workflowId = "wf-" + runId;
        var definition = TestRuns.ThreeNumbers.Replace("wf-three", workflowId, StringComparison.Ordinal);
        var theirs = fixture.Client.GetGrain<IRunGrain>(runId); // tenant default's
        var mine = fixture.Client.GetGrain<IRunGrain>(TenantKeys.For(tenant, runId));
        await theirs.StartAsync(new StartRun(definition, null));
        await theirs.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
        await mine.StartAsync(new StartRun(
            $$$"""{"workflow_id":"{{{workflowId}}}","nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}],"edges":[{"id":"e1","source":"a","target":"b"}]}""",
            null));
        await mine.WaitForCompletionAsync(TimeSpan.FromSeconds(30));

        var rows = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT tenant_id, count(*) FROM thaiyyal_run_events WHERE run_id = @run GROUP BY tenant_id ORDER BY tenant_id", ("run", runId));
        var indexRows = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT tenant_id, status FROM thaiyyal_runs WHERE run_id = @run ORDER BY tenant_id", ("run", runId));
        var myEvents = await mine.GetEventsAsync(0);
        var myPage = await fixture.Client.GetGrain<IRunQueryGrain>(0).ListAsync(new RunListQuery(tenant, 10) { WorkflowId = workflowId });
        var theirPage = await fixture.Client.GetGrain<IRunQueryGrain>(0).ListAsync(new RunListQuery(TenantIds.Default, 10) { WorkflowId = workflowId });

        // Orderings of tenant ids: "default" < "t-…".
        Assert.Equal([(TenantIds.Default, 8L), (tenant, 6L)], rows.Select(r => ((string)r[0]!, (long)r[1]!)));
        Assert.Equal([TenantIds.Default, tenant], indexRows.Select(r => (string)r[0]!));
        Assert.Equal(6, myEvents.Count);
        Assert.Equal("2", myEvents[^1].ResultJson);
        Assert.All(myEvents, e => Assert.Equal(runId, e.RunId));
        Assert.Equal(tenant, Assert.Single(myPage.Runs).TenantId);
        Assert.Equal(TenantIds.Default, Assert.Single(theirPage.Runs).TenantId);
    }
}
