using System.Diagnostics;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>A silo dies abruptly; the runs it held are read back from PostgreSQL by the silo that is left.</summary>
[Collection(PostgresCollection.Name)]
public sealed class SiloLossTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Run_HostedOnKilledSilo_IsReadBackOnTheSurvivor()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        await using var cluster = await PostgresFixture.StartClusterAsync(connectionString, silos: 2);
        // Node grains are placed with their run, so a node's silo is the run's silo: kill that one, whichever it is
        // (the default placement may keep choosing the same silo, so waiting for a particular one is not reliable).
        var runId = TestRuns.NewId();
        var grain = cluster.Client.GetGrain<IRunGrain>(runId);
        await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        var before = await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
        var runSilo = before.Nodes[0].ExecutedOn;
        Assert.All(before.Nodes, n => Assert.Equal(runSilo, n.ExecutedOn));
        var victim = cluster.Silos.Single(s => s.SiloAddress.ToString() == runSilo);

        await cluster.KillSiloAsync(victim, ct);
        var clock = Stopwatch.StartNew();
        var after = await cluster.Client.GetGrain<IRunGrain>(runId).GetSnapshotAsync();
        var recovered = clock.Elapsed;

        Assert.Equal("completed", after.Status);
        Assert.Equal(before.FinalOutputJson, after.FinalOutputJson);
        Assert.Equal(before.Nodes.Select(n => (n.NodeId, n.ResultJson)), after.Nodes.Select(n => (n.NodeId, n.ResultJson)));
        Assert.True(recovered < TimeSpan.FromSeconds(60), $"read back after {recovered}");
        TestContext.Current.SendDiagnosticMessage($"run read back {recovered.TotalMilliseconds:F0} ms after the kill");
    }
}
