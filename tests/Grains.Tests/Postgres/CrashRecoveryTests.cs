using Orleans.Configuration;
using Orleans.TestingHost;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// The durability contract on a real cluster: kill the silo running a multi-step run mid-way; the run completes on the
/// other silo, nodes that completed before the kill are not executed again, and nobody has to call the run for that
/// to happen (its watchdog reminder resumes it).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CrashRecoveryTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Run_SiloKilledMidway_CompletesOnAnotherSiloWithoutReExecutingCompletedNodes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        await using var cluster = await PostgresFixture.StartClusterAsync(connectionString, silos: 2, extraSettings: new Dictionary<string, string?>
        {
            ["Thaiyyal:Http:AllowedHosts:0"] = "127.0.0.1/32",
            ["Thaiyyal:Http:MaxRetryAttempts"] = "0",
            ["Thaiyyal:Runs:WatchdogPeriod"] = "00:00:02",
        });
        var workflow = $$$"""
            {"nodes":[
              {"id":"h1","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/h1"}},
              {"id":"d1","type":"delay","data":{"duration":"3s"}},
              {"id":"h2","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/h2"}},
              {"id":"h3","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/h3"}}],
             "edges":[{"id":"e1","source":"h1","target":"d1"},{"id":"e2","source":"d1","target":"h2"},{"id":"e3","source":"h2","target":"h3"}]}
            """;
        var run = cluster.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(workflow, null));
        await TestRuns.WaitUntilAsync(() => server.CountOf("/step/h1") == 1, TimeSpan.FromSeconds(30));
        var before = await run.GetSnapshotAsync();
        while (before.Nodes.Single(n => n.NodeId == "h1").Status != "completed")
        {
            await Task.Delay(20, ct);
            before = await run.GetSnapshotAsync();
        }
        var runSilo = before.Nodes.Single(n => n.NodeId == "h1").ExecutedOn;
        var victim = cluster.Silos.Single(s => s.SiloAddress.ToString() == runSilo);

        await cluster.KillSiloAsync(victim, ct);
        // No call to the run from here on until h3 ran: the watchdog reminder alone must bring it back.
        await TestRuns.WaitUntilAsync(() => server.CountOf("/step/h3") >= 1, TimeSpan.FromSeconds(90));
        var after = await WaitForTerminalAsync(cluster, run, ct);

        Assert.Equal("completed", after.Status);
        Assert.Equal(1, server.CountOf("/step/h1")); // completed before the kill: never executed again
        Assert.Equal(1, server.CountOf("/step/h2"));
        Assert.Equal(1, server.CountOf("/step/h3"));
        Assert.Equal(runSilo, after.Nodes.Single(n => n.NodeId == "h1").ExecutedOn);
        Assert.NotEqual(runSilo, after.Nodes.Single(n => n.NodeId == "h3").ExecutedOn);
    }

    /// <summary>Reads the run until it ends; calls may fail while the cluster notices the dead silo.</summary>
    private static async Task<RunSnapshot> WaitForTerminalAsync(InProcessTestCluster cluster, IRunGrain run, CancellationToken ct)
    {
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                var snapshot = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(5));
                if (snapshot.IsTerminal || DateTime.UtcNow > until)
                {
                    return snapshot;
                }
            }
            catch (Exception ex) when (ex is SiloUnavailableException or TimeoutException or OrleansMessageRejectionException && DateTime.UtcNow < until)
            {
                await Task.Delay(200, ct);
            }
        }
    }
}
