using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
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
            .ListAsync(new RunListQuery(RunEventStreams.DefaultTenant, 10) { WorkflowId = workflowId, Status = "completed" });
        var row = Assert.Single(await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT status, completed_at FROM thaiyyal_runs WHERE run_id = @run", ("run", runId)));

        var summary = Assert.Single(page.Runs);
        Assert.Equal(runId, summary.RunId);
        Assert.Null(page.Next);
        Assert.Equal("completed", (string)row[0]!);
        Assert.NotNull(row[1]);
    }
}
