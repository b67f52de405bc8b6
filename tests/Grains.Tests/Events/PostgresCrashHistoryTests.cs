using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Postgres;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Events;

/// <summary>A run's history across a silo crash: still gap-free, each step once, ending with the terminal event.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresCrashHistoryTests(PostgresFixture fixture)
{
    private const string Workflow = """
        {"workflow_id":"wf-crash","nodes":[
          {"id":"n1","type":"number","data":{"value":1}},
          {"id":"d1","type":"delay","data":{"duration":"3s"}},
          {"id":"n2","type":"number","data":{"value":2}}],
         "edges":[{"id":"e1","source":"n1","target":"d1"},{"id":"e2","source":"d1","target":"n2"}]}
        """;

    [Fact]
    public async Task Run_SiloKilledMidway_HistoryIsGapFreeWithEachStepOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        await using var cluster = await PostgresFixture.StartClusterAsync(connectionString, silos: 2, extraSettings: new Dictionary<string, string?>
        {
            ["Thaiyyal:Runs:WatchdogPeriod"] = "00:00:02",
        });
        var runId = TestRuns.NewId();
        var run = cluster.Client.GetGrain<IRunGrain>(runId);
        await run.StartAsync(new StartRun(Workflow, null));
        // Wait until n1's completion is in the stored history (flushed), then kill the run's silo during the delay.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await PostgresRows.QueryAsync(connectionString,
                   "SELECT 1 FROM thaiyyal_run_events WHERE run_id = @run AND type = 'NodeCompleted'", ("run", runId))).Count == 0)
        {
            Assert.True(DateTime.UtcNow < until, "n1's completion never reached the history");
            await Task.Delay(50, ct);
        }
        var snapshot = await run.GetSnapshotAsync();
        var runSilo = snapshot.Nodes.Single(n => n.NodeId == "n1").ExecutedOn;
        await cluster.KillSiloAsync(cluster.Silos.Single(s => s.SiloAddress.ToString() == runSilo), ct);

        await WaitForTerminalAsync(run, ct);
        var rows = await PostgresRows.QueryAsync(connectionString,
            "SELECT seq, type, payload->>'nodeId' FROM thaiyyal_run_events WHERE run_id = @run ORDER BY seq", ("run", runId));

        Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.Select(r => (long)r[0]!));
        var steps = rows.Select(r => $"{r[1]}/{r[2]}").ToList();
        Assert.Equal(steps.Count, steps.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("RunStarted", (string)rows[0][1]!);
        Assert.Equal("RunCompleted", (string)rows[^1][1]!);
        Assert.Equal(3, rows.Count(r => (string)r[1]! == "NodeCompleted"));
    }

    private static async Task WaitForTerminalAsync(IRunGrain run, CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                var snapshot = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(5));
                if (snapshot.IsTerminal || DateTime.UtcNow > until)
                {
                    Assert.Equal("completed", snapshot.Status);
                    return;
                }
            }
            catch (Exception ex) when (ex is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException && DateTime.UtcNow < until)
            {
                await Task.Delay(200, ct);
            }
        }
    }
}
