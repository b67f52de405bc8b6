using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Tests.Support;
using Thaiyyal.Tests.Shared.Http;
using static Thaiyyal.Grains.Tests.Schedules.ScheduleTestWorkflows;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// Durable time on PostgreSQL: the whole cluster is stopped while a run is parked on a delay, or while a schedule's
/// next fire is ahead; a new cluster on the same database is started and nothing calls the grains. The ADO.NET
/// reminder alone brings them back, and each wakes once, not twice.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RestartTimersTests(PostgresFixture fixture)
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Thaiyyal:Http:AllowedHosts:0"] = "127.0.0.1/32",
        ["Thaiyyal:Http:MaxRetryAttempts"] = "0",
        ["Thaiyyal:Runs:WatchdogPeriod"] = "00:00:05",
    };

    [Fact]
    public async Task ParkedDelay_ClusterRestarted_ResumesOnceAtItsTime()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        var clusterId = "park-" + Guid.NewGuid().ToString("N")[..8];
        var runId = TestRuns.NewId();
        var workflow = $$$"""
            {"nodes":[
              {"id":"before","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/before"}},
              {"id":"wait","type":"delay","data":{"duration":"8s"}},
              {"id":"after","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/after"}}],
             "edges":[{"id":"e1","source":"before","target":"wait"},{"id":"e2","source":"wait","target":"after"}]}
            """;
        RunSnapshot parked;
        await using (var first = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId, Settings))
        {
            var run = first.Client.GetGrain<IRunGrain>(runId);
            await run.StartAsync(new StartRun(workflow, null));
            parked = await TestRuns.PollAsync(run, s => s.Status == "waiting");
        }
        // What the stopped cluster left behind: the parked run in PostgreSQL (the only run of this database).
        var stored = await PostgresRows.QueryAsync(connectionString,
            "SELECT convert_from(PayloadBinary, 'UTF8') FROM orleans_grain_state WHERE GrainTypeString = 'run'");

        await using var second = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId, Settings);
        var wakeAt = parked.Nodes.Single(n => n.NodeId == "wait").WaitUntil!.Value;
        await TestRuns.WaitUntilAsync(() => server.CountOf("/step/after") >= 1, TimeSpan.FromSeconds(60)); // no call to the run
        await Task.Delay(TimeSpan.FromSeconds(2), ct); // a second wake-up would show by now
        var finished = await second.Client.GetGrain<IRunGrain>(runId).WaitForCompletionAsync(TimeSpan.FromSeconds(20));

        using (var storedRun = System.Text.Json.JsonDocument.Parse((string)Assert.Single(stored)[0]!))
        {
            Assert.Equal("waiting", storedRun.RootElement.GetProperty("Status").GetString());
            Assert.Equal(wakeAt, storedRun.RootElement.GetProperty("WakeAt").GetDateTimeOffset());
        }
        Assert.Equal("completed", finished.Status);
        Assert.Equal(1, server.CountOf("/step/before"));
        Assert.Equal(1, server.CountOf("/step/after"));
        var delay = finished.Nodes.Single(n => n.NodeId == "wait");
        Assert.Equal(wakeAt, delay.WaitUntil);
        Assert.True(delay.CompletedAt >= wakeAt, "resumed before its time");
        Assert.NotEqual(parked.Nodes[0].ExecutedOn, finished.Nodes.Single(n => n.NodeId == "after").ExecutedOn); // the new silo
        Console.WriteLine($"PARKED-RESTART lateness={(delay.CompletedAt!.Value - wakeAt).TotalMilliseconds:F0}ms");
    }

    [Fact]
    public async Task ScheduleFire_DueWhileTheClusterRestarts_FiresOnceOnTheNewCluster()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        var clusterId = "sched-" + Guid.NewGuid().ToString("N")[..8];
        var scheduleId = $"s-{Guid.NewGuid():N}";
        DateTimeOffset fireAt;
        await using (var first = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId, Settings))
        {
            var workflowId = await SaveAsync(first.Client, Number(5));
            // One fire, 10 s ahead: a daily 6-field cron at that second (UTC).
            fireAt = DateTimeOffset.UtcNow.AddSeconds(10);
            var cron = $"{fireAt.Second} {fireAt.Minute} {fireAt.Hour} * * *";
            var created = await first.Client.GetGrain<IScheduleGrain>(scheduleId).CreateAsync(Definition(workflowId, cron), paused: false);
            Assert.Equal(ScheduleOutcomeStatus.Ok, created.Status);
        }

        await using var second = await PostgresFixture.StartClusterAsync(connectionString, silos: 1, clusterId, Settings);
        var until = fireAt.AddSeconds(45);
        var fires = await ReadFiresFromStorageAsync(connectionString, ct);
        while (fires == 0 && DateTimeOffset.UtcNow < until)
        {
            await Task.Delay(250, ct); // reading the table, not the grain: a call would activate it
            fires = await ReadFiresFromStorageAsync(connectionString, ct);
        }
        await Task.Delay(TimeSpan.FromSeconds(3), ct); // a second fire would show by now
        var history = (await second.Client.GetGrain<IScheduleGrain>(scheduleId).GetHistoryAsync())!;

        var fire = Assert.Single(history);
        Assert.Equal(ScheduleStatuses.Started, fire.Outcome);
        Assert.Equal(fireAt.ToUnixTimeSeconds(), fire.ScheduledAt!.Value.ToUnixTimeSeconds());
        Assert.True(fire.FiredAt >= fire.ScheduledAt, "fired before its time");
        var run = await second.Client.GetGrain<IRunGrain>(fire.RunId!).WaitForCompletionAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("completed", run.Status);
        Console.WriteLine($"SCHEDULE-RESTART lateness={(fire.FiredAt - fire.ScheduledAt!.Value).TotalMilliseconds:F0}ms");
    }

    /// <summary>How many fires the stored schedule records (the database holds this one schedule only).</summary>
    private static async Task<int> ReadFiresFromStorageAsync(string connectionString, CancellationToken ct)
    {
        var rows = await PostgresRows.QueryAsync(connectionString,
            "SELECT convert_from(PayloadBinary, 'UTF8') FROM orleans_grain_state WHERE GrainTypeString = 'schedule'");
        ct.ThrowIfCancellationRequested();
        using var schedule = System.Text.Json.JsonDocument.Parse((string)Assert.Single(rows)[0]!);
        return schedule.RootElement.GetProperty("History").GetArrayLength();
    }
}
