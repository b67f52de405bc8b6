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
        var victim = cluster.Silos[1];
        // Node grains are placed with their run, so a node's silo is the run's silo.
        string? runId = null;
        RunSnapshot? before = null;
        for (var i = 0; i < 20 && runId is null; i++)
        {
            var id = TestRuns.NewId();
            var grain = cluster.Client.GetGrain<IRunGrain>(id);
            await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
            var snapshot = await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
            if (snapshot.Nodes.All(n => n.ExecutedOn == victim.SiloAddress.ToString()))
            {
                (runId, before) = (id, snapshot);
            }
        }
        Assert.NotNull(runId);

        await cluster.KillSiloAsync(victim, ct);
        var clock = Stopwatch.StartNew();
        var after = await cluster.Client.GetGrain<IRunGrain>(runId).GetSnapshotAsync();
        var recovered = clock.Elapsed;

        Assert.Equal("completed", after.Status);
        Assert.Equal(before!.FinalOutputJson, after.FinalOutputJson);
        Assert.Equal(before.Nodes.Select(n => (n.NodeId, n.ResultJson)), after.Nodes.Select(n => (n.NodeId, n.ResultJson)));
        Assert.True(recovered < TimeSpan.FromSeconds(60), $"read back after {recovered}");
        TestContext.Current.SendDiagnosticMessage($"run read back {recovered.TotalMilliseconds:F0} ms after the kill");
    }
}
