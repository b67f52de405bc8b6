using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Tests.Support;
using static Thaiyyal.Grains.Tests.Runs.ParkedRunTests;

namespace Thaiyyal.Grains.Tests.Runs;

/// <summary><c>wait_event</c> parks the run until a signal of its name arrives, or takes its timeout branch.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WaitEventTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private static string Approval(string? timeout) => $$$"""
        {"nodes":[{"id":"ask","type":"wait_event","data":{"event":"approval"{{{(timeout is null ? "" : $",\"timeout\":\"{timeout}\"")}}}}},
                  {"id":"approved","type":"number","data":{"value":1}},
                  {"id":"expired","type":"number","data":{"value":0}}],
         "edges":[{"id":"e1","source":"ask","target":"approved","sourceHandle":"event"},
                  {"id":"e2","source":"ask","target":"expired","sourceHandle":"timeout"}]}
        """;

    [Fact]
    public async Task Signal_ForAWaitingNode_BecomesItsResultAndTakesTheEventBranch()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(Approval(null), null));
        var parked = await TestRuns.PollAsync(run, s => s.Status == "waiting");
        Assert.Equal("approval", parked.Nodes.Single(n => n.NodeId == "ask").WaitSignal);

        var receipt = await run.SignalAsync("approval", """{"by":"ana","ok":true}""");
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal(SignalOutcomes.Accepted, receipt.Outcome);
        Assert.Equal(1, receipt.Seq);
        Assert.Equal("completed", finished.Status);
        Assert.Equal("""{"by":"ana","ok":true}""", Normalize(finished.Nodes.Single(n => n.NodeId == "ask").ResultJson));
        Assert.Equal("completed", finished.Nodes.Single(n => n.NodeId == "approved").Status);
        Assert.Equal("skipped", finished.Nodes.Single(n => n.NodeId == "expired").Status);
        Assert.Contains(await run.GetEventsAsync(0), e => e.Type == RunEventTypes.RunWaiting && e.Signal == "approval");
    }

    [Fact]
    public async Task NoSignal_BeforeTheTimeout_TakesTheTimeoutBranch()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(Approval("1500ms"), null));

        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("completed", finished.Status);
        var ask = finished.Nodes.Single(n => n.NodeId == "ask");
        Assert.Equal("""{"event":"approval","timed_out":true,"timeout":"1500ms"}""", Normalize(ask.ResultJson));
        Assert.True(ask.CompletedAt >= ask.WaitUntil, "timed out before the timeout");
        Assert.Equal("skipped", finished.Nodes.Single(n => n.NodeId == "approved").Status);
        Assert.Equal("completed", finished.Nodes.Single(n => n.NodeId == "expired").Status);
        Assert.Equal("0", finished.FinalOutputJson);
    }

    [Fact]
    public async Task SignalArrivingBeforeTheNode_IsKeptAndConsumedWhenTheNodeIsReached()
    {
        const string workflow = """
            {"nodes":[{"id":"first","type":"delay","data":{"duration":"1500ms"}},
                      {"id":"ask","type":"wait_event","data":{"event":"go"}}],
             "edges":[{"id":"e1","source":"first","target":"ask"}]}
            """;
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(workflow, null));

        var receipt = await run.SignalAsync("go", "42");
        var whenSent = await run.GetSnapshotAsync();
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal(SignalOutcomes.Accepted, receipt.Outcome);
        Assert.Equal("pending", whenSent.Nodes.Single(n => n.NodeId == "ask").Status);
        Assert.Equal("completed", finished.Status);
        Assert.Equal("42", finished.Nodes.Single(n => n.NodeId == "ask").ResultJson);
    }

    [Fact]
    public async Task TwoNodesWaitingForTheSameName_EachGetsItsOwnSignalInOrder()
    {
        const string workflow = """
            {"nodes":[{"id":"one","type":"wait_event","data":{"event":"tick"}},
                      {"id":"two","type":"wait_event","data":{"event":"tick"}}],
             "edges":[{"id":"e1","source":"one","target":"two"}]}
            """;
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(workflow, null));
        await TestRuns.PollAsync(run, s => s.Status == "waiting");

        await run.SignalAsync("tick", "\"a\"");
        await run.SignalAsync("tick", "\"b\"");
        var finished = await run.WaitForCompletionAsync(Wait);

        Assert.Equal("completed", finished.Status);
        Assert.Equal("\"a\"", finished.Nodes.Single(n => n.NodeId == "one").ResultJson);
        Assert.Equal("\"b\"", finished.Nodes.Single(n => n.NodeId == "two").ResultJson);
    }

    [Fact]
    public async Task Signal_ForAFinishedRun_IsRefusedAndForAnUnknownRunIsUnknown()
    {
        var run = fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId());
        await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        await run.WaitForCompletionAsync(Wait);

        var late = await run.SignalAsync("approval", "{}");
        var unknown = await fixture.Client.GetGrain<IRunGrain>(TestRuns.NewId()).SignalAsync("approval", "{}");

        Assert.Equal(SignalOutcomes.RunFinished, late.Outcome);
        Assert.Equal("completed", late.RunStatus);
        Assert.Equal(SignalOutcomes.UnknownRun, unknown.Outcome);
    }
}
