using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>Grain state, reminders and membership of a cluster in Postgres mode, read back from the tables.</summary>
[Collection(PostgresCollection.Name)]
public sealed class RoundTripTests(PostgresFixture fixture)
{
    [Fact]
    public async Task Run_ThroughIRunGrain_StoresRunAndNodeStateAsJsonRows()
    {
        var runId = TestRuns.NewId();
        var grain = fixture.Client.GetGrain<IRunGrain>(runId);
        var workflowId = "wf-" + runId; // other tests share this database: find this run's rows by a unique workflow id

        await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers.Replace("wf-three", workflowId, StringComparison.Ordinal), null));
        var snapshot = await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("completed", snapshot.Status);
        var rows = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT GrainTypeString, convert_from(PayloadBinary, 'UTF8'), Version FROM orleans_grain_state WHERE GrainIdExtensionString LIKE @key OR convert_from(PayloadBinary, 'UTF8') LIKE @payload",
            ("key", $"%{runId}%"), ("payload", $"%{workflowId}%"));
        var run = Assert.Single(rows, r => (string)r[0]! == "run" && ((string)r[1]!).Contains(workflowId, StringComparison.Ordinal));
        using var runJson = JsonDocument.Parse((string)run[1]!);
        Assert.Equal("completed", runJson.RootElement.GetProperty("Status").GetString());
        Assert.Equal(["a", "b", "c"], runJson.RootElement.GetProperty("NodeOrder").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.True((int)run[2]! >= 2, "written at acceptance and at the end");
    }

    [Fact]
    public async Task Run_AfterTheWholeClusterRestarts_IsReadBackFromPostgres()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        var clusterId = "restart-" + Guid.NewGuid().ToString("N")[..8];
        var runId = TestRuns.NewId();
        RunSnapshot before;
        await using (var first = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId))
        {
            var grain = first.Client.GetGrain<IRunGrain>(runId);
            await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
            before = await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
        }

        await using var second = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId);
        var after = await second.Client.GetGrain<IRunGrain>(runId).GetSnapshotAsync();

        Assert.Equal("completed", before.Status);
        Assert.Equal(before.Status, after.Status);
        Assert.Equal(before.FinalOutputJson, after.FinalOutputJson);
        Assert.Equal(before.Nodes.Select(n => (n.NodeId, n.Status, n.ResultJson)), after.Nodes.Select(n => (n.NodeId, n.Status, n.ResultJson)));
    }

    [Fact]
    public async Task Reminder_Registered_IsARowAndFiresIntoPersistedState()
    {
        var key = "tick-" + Guid.NewGuid().ToString("N")[..8];
        var grain = fixture.Client.GetGrain<ITickGrain>(key);

        await grain.StartAsync(TimeSpan.FromSeconds(1));
        var reminder = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT ReminderName, Period, StartTime FROM orleans_reminders WHERE GrainId LIKE @key", ("key", $"%{key}%"));
        var ticks = 0;
        for (var i = 0; i < 100 && ticks < 2; i++)
        {
            await Task.Delay(200, TestContext.Current.CancellationToken);
            ticks = await grain.GetTicksAsync();
        }
        await grain.StopAsync();
        var afterStop = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT 1 FROM orleans_reminders WHERE GrainId LIKE @key", ("key", $"%{key}%"));
        var state = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT convert_from(PayloadBinary, 'UTF8') FROM orleans_grain_state WHERE GrainTypeString = 'ticks'");

        var row = Assert.Single(reminder);
        Assert.Equal("tick", row[0]);
        Assert.Equal(1000L, row[1]);
        var startTime = ((DateTime)row[2]!).ToUniversalTime();
        Assert.InRange(startTime, DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddMinutes(1)); // no time-zone shift
        Assert.True(ticks >= 2, $"reminder ticked {ticks} times");
        Assert.Empty(afterStop);
        Assert.Contains(state, r => ((string)r[0]!).Contains("\"Count\":", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Membership_TwoSilos_AreActiveRowsWithFreshHeartbeats()
    {
        var clusterId = fixture.Cluster.Options.ClusterId;

        var rows = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT Address, Port, Status, IAmAliveTime, ProxyPort FROM orleans_membership WHERE DeploymentId = @id", ("id", clusterId));
        var version = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT Version FROM orleans_membership_version WHERE DeploymentId = @id", ("id", clusterId));

        var all = await PostgresRows.QueryAsync(fixture.ConnectionString, "SELECT DeploymentId, Status FROM orleans_membership");
        Assert.True(2 == rows.Count(r => (int)r[2]! == 3), $"{clusterId}: " + string.Join(";", all.Select(r => $"{r[0]} {r[1]}"))); // SiloStatus.Active
        Assert.All(rows, r => Assert.Equal("127.0.0.1", r[0]));
        Assert.All(rows, r => Assert.InRange(((DateTime)r[3]!).ToUniversalTime(), DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1)));
        Assert.All(rows, r => Assert.True((int)r[4]! > 0));
        Assert.True((int)Assert.Single(version)[0]! >= 2);
    }
}
