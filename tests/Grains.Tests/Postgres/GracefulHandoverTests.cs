using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// A graceful silo stop drains: the node in flight finishes on the stopping silo, and the run continues on the other
/// silo at once — not through its watchdog (set far beyond the test) and not because anyone calls it.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GracefulHandoverTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Run_SiloStoppedGracefullyMidNode_NodeFinishesThereAndRunContinuesElsewhereAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        await using var cluster = await PostgresFixture.StartClusterAsync(connectionString, silos: 2, extraSettings: new Dictionary<string, string?>
        {
            ["Thaiyyal:Http:AllowedHosts:0"] = "127.0.0.1/32",
            ["Thaiyyal:Http:MaxRetryAttempts"] = "0",
            ["Thaiyyal:Runs:WatchdogPeriod"] = "01:00:00",
            ["Thaiyyal:Runs:ParkThreshold"] = "00:01:00", // the delay executes in its node grain (in flight), it does not park the run
        });
        var workflow = $$$"""
            {"nodes":[
              {"id":"h1","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/h1"}},
              {"id":"wait","type":"delay","data":{"duration":"3s"}},
              {"id":"h2","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/h2"}}],
             "edges":[{"id":"e1","source":"h1","target":"wait"},{"id":"e2","source":"wait","target":"h2"}]}
            """;
        var run = cluster.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(workflow, null));
        RunSnapshot during;
        do
        {
            await Task.Delay(20, ct);
            during = await run.GetSnapshotAsync();
        }
        while (during.Nodes.Single(n => n.NodeId == "wait").Status != "running");
        var runSilo = during.Nodes.Single(n => n.NodeId == "h1").ExecutedOn;
        var victim = cluster.Silos.Single(s => s.SiloAddress.ToString() == runSilo);

        await cluster.StopSiloAsync(victim, ct); // the delay is in flight on it
        // From here nothing calls the run until h2 ran: only the handover can have moved it.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (server.CountOf("/step/h2") == 0)
        {
            Assert.True(DateTime.UtcNow < until, "the run did not continue after the graceful stop");
            await Task.Delay(50, ct);
        }
        var after = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("completed", after.Status);
        Assert.Equal(1, server.CountOf("/step/h1"));
        Assert.Equal(1, server.CountOf("/step/h2"));
        Assert.Equal(runSilo, after.Nodes.Single(n => n.NodeId == "wait").ExecutedOn); // finished while its silo stopped
        Assert.Equal(1, after.Nodes.Single(n => n.NodeId == "wait").Attempts);
        Assert.True(runSilo != after.Nodes.Single(n => n.NodeId == "h2").ExecutedOn,
            string.Join("\n", after.Nodes.Select(n => $"{n.NodeId} {n.Status} {n.ExecutedOn} {n.StartedAt:O} {n.CompletedAt:O} {n.Attempts}")) + $"\nvictim {runSilo}, silos now: {string.Join(", ", cluster.Silos.Select(s => s.SiloAddress))}");
    }
}
