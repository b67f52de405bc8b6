using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Runs;

/// <summary>Delays at or above the park threshold (1 s by default) park the run durably and resume it on time.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ParkedRunTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private const string DelayThenNumber = """
        {"nodes":[{"id":"start","type":"number","data":{"value":7}},
                  {"id":"wait","type":"delay","data":{"duration":"2s"}},
                  {"id":"after","type":"number","data":{"value":8}}],
         "edges":[{"id":"e1","source":"start","target":"wait"},{"id":"e2","source":"wait","target":"after"}]}
        """;

    [Fact]
    public async Task LongDelay_ParksTheRun_ThenResumesAtItsTimeWithTheReferenceResult()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(DelayThenNumber, null));

        var parked = await TestRuns.PollAsync(run, s => s.Status == "waiting");
        var waitingNode = parked.Nodes.Single(n => n.NodeId == "wait");
        Assert.Equal("waiting", waitingNode.Status);
        Assert.NotNull(waitingNode.WaitUntil);
        Assert.Equal("pending", parked.Nodes.Single(n => n.NodeId == "after").Status);

        var finished = await run.WaitForCompletionAsync(Wait);
        Assert.Equal("completed", finished.Status);
        var delay = finished.Nodes.Single(n => n.NodeId == "wait");
        Assert.Equal("""{"delayed":true,"duration":"2s","value":7}""", Normalize(delay.ResultJson));
        Assert.True(delay.CompletedAt >= delay.WaitUntil, "the delay resumed before its time");
        Assert.True(delay.WaitUntil - delay.StartedAt >= TimeSpan.FromSeconds(2), "the wake time is the delay's end");
        Assert.Equal(1, delay.Attempts);
        Assert.Equal("8", finished.FinalOutputJson);

        var events = await run.GetEventsAsync(0);
        var waiting = Assert.Single(events, e => e.Type == RunEventTypes.RunWaiting);
        Assert.Equal("wait", waiting.NodeId);
        Assert.Equal("waiting", waiting.RunStatus);
        Assert.Equal(delay.WaitUntil, waiting.WaitUntil);
        var resumed = Assert.Single(events, e => e.Type == RunEventTypes.RunResumed);
        Assert.Equal("wait", resumed.NodeId);
        Assert.Equal("running", resumed.RunStatus);
        Assert.True(resumed.Timestamp >= delay.WaitUntil, "resumed before the wait was over");
        Assert.True(resumed.Seq > waiting.Seq && resumed.Seq < events.Single(e => e.Type == RunEventTypes.NodeCompleted && e.NodeId == "wait").Seq);
        Assert.Single(events, e => e.Type == RunEventTypes.NodeCompleted && e.NodeId == "start"); // not replayed on resume
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
    }

    [Fact]
    public async Task ShortDelay_BelowTheThreshold_RunsWithoutParking()
    {
        const string workflow = """{"nodes":[{"id":"wait","type":"delay","data":{"duration":"300ms"}}]}""";
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(workflow, null));

        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("completed", finished.Status);
        Assert.Null(finished.Nodes.Single().WaitUntil);
        Assert.DoesNotContain(await run.GetEventsAsync(0), e => e.Type == RunEventTypes.RunWaiting);
    }

    [Fact]
    public async Task ParkedRun_Cancelled_EndsCancelledAndTheRestNeverRuns()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(DelayThenNumber.Replace("\"2s\"", "\"30s\""), null));
        await TestRuns.PollAsync(run, s => s.Status == "waiting");

        var cancelled = await run.CancelAsync("no longer needed");

        Assert.Equal("cancelled", cancelled.Status);
        Assert.Equal(["run cancelled: no longer needed"], cancelled.Errors);
        Assert.Equal("not_run", cancelled.Nodes.Single(n => n.NodeId == "after").Status);
    }

    internal static string Normalize(string? json) =>
        System.Text.Json.JsonSerializer.Serialize(SortKeys(System.Text.Json.Nodes.JsonNode.Parse(json!)));

    private static System.Text.Json.Nodes.JsonNode? SortKeys(System.Text.Json.Nodes.JsonNode? node) => node switch
    {
        System.Text.Json.Nodes.JsonObject o => new System.Text.Json.Nodes.JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, SortKeys(p.Value?.DeepClone())))),
        _ => node?.DeepClone(),
    };
}

/// <summary>A parked run holds no activation: with no keep-alive it is deactivated and its reminder brings it back.</summary>
public sealed class ParkedRunDeactivationTests(ParkingClusterFixture fixture) : IClassFixture<ParkingClusterFixture>
{
    [Fact]
    public async Task ParkedRun_WithoutKeepAlive_IsDeactivatedAndTheReminderResumesIt()
    {
        var runId = TestRuns.NewId();
        var run = fixture.Client.GetGrain<IRunGrain>(runId);
        const string workflow = """
            {"nodes":[{"id":"wait","type":"delay","data":{"duration":"3s"}},{"id":"after","type":"number","data":{"value":1}}],
             "edges":[{"id":"e1","source":"wait","target":"after"}]}
            """;
        await run.StartAsync(new StartRun(workflow, null));
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        var runGrainType = typeof(RunGrain).FullName!;

        // Polling only the management grain: a call to the run would reactivate it.
        var deactivated = false;
        for (var i = 0; i < 100 && !deactivated; i++)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
            var stats = await management.GetDetailedGrainStatistics([runGrainType], null, TestContext.Current.CancellationToken);
            deactivated = !stats.Any(s => s.GrainId.ToString().Contains(runId, StringComparison.Ordinal));
        }
        Assert.True(deactivated, "the parked run kept its activation");

        // Past the wake time with no call made: had the reminder not resumed it, this read would find it still parked
        // (and its activation would only then resume it, still running when read).
        await Task.Delay(TimeSpan.FromSeconds(4.5), TestContext.Current.CancellationToken);
        var finished = await run.GetSnapshotAsync();

        Assert.Equal("completed", finished.Status);
        var delay = finished.Nodes.Single(n => n.NodeId == "wait");
        Assert.True(delay.CompletedAt >= delay.WaitUntil);
        // The new activation numbers its events after the stored history: one resume, no gap, nothing replayed.
        var events = await run.GetEventsAsync(0);
        Assert.Equal("wait", Assert.Single(events, e => e.Type == RunEventTypes.RunResumed).NodeId);
        Assert.Equal(Enumerable.Range(1, events.Count).Select(i => (long)i), events.Select(e => e.Seq));
    }

    [Fact]
    public async Task ParkedRun_PastItsDeadline_FailsAtTheDeadlineWithoutAnyCall()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        const string workflow = """{"nodes":[{"id":"ask","type":"wait_event","data":{"event":"never"}}]}""";
        var started = await run.StartAsync(new StartRun(workflow, null));

        await Task.Delay(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken); // past the 8 s limit, no call made
        var readAt = DateTimeOffset.UtcNow;
        var failed = await run.GetSnapshotAsync();

        Assert.Equal("failed", failed.Status);
        Assert.Equal(["workflow execution timeout: exceeded 8s"], failed.Errors);
        // Ended by the reminder due at the deadline, not by this read reactivating it.
        Assert.True(failed.CompletedAt < readAt, $"ended at {failed.CompletedAt:O}, read at {readAt:O}");
        Assert.True(failed.CompletedAt >= started.StartedAt!.Value.AddSeconds(8), "ended before its deadline");
        Assert.Equal("not_run", failed.Nodes.Single().Status);
        Assert.DoesNotContain(await run.GetEventsAsync(0), e => e.Type == RunEventTypes.RunResumed); // no wait was over
    }
}
