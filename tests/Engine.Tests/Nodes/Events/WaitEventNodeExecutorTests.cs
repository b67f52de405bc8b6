using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.Events;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Events;

public sealed class WaitEventNodeExecutorTests
{
    private static readonly NodeWaitContext Durable = new(TimeSpan.FromSeconds(1));
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-03-01T10:00:00Z");

    [Fact]
    public async Task ExecuteAsync_NoSignalYet_SuspendsForTheSignalUntilTheTimeout()
    {
        var context = With(TestNodeContext.For("wait_event", """{"event":"approval","timeout":"30s"}"""), clock: new FakeTimeProvider(Now), waits: Durable);

        var outcome = await new WaitEventNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(NodeWait.ForSignal("approval", Now.AddSeconds(30)), outcome.Wait);
    }

    [Fact]
    public async Task ExecuteAsync_NoTimeout_WaitsForTheSignalOnly()
    {
        var context = With(TestNodeContext.For("wait_event", """{"event":"approval"}"""), waits: Durable);

        var outcome = await new WaitEventNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);

        Assert.Equal(new NodeWait(null, "approval"), outcome.Wait);
    }

    [Fact]
    public async Task ExecuteAsync_ItsSignal_BecomesTheResultOnTheEventBranch()
    {
        var payload = new Dictionary<string, object?> { ["ok"] = true };
        var context = With(TestNodeContext.For("wait_event", """{"event":"approval"}"""), waits: Durable with { Signal = new NodeSignal("approval", payload) });

        var outcome = await new WaitEventNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);

        AssertSuccess("""{"ok":true}""", outcome);
        Assert.Equal(WaitEventNodeExecutor.EventBranch, outcome.Path);
    }

    [Fact]
    public async Task ExecuteAsync_ResumedWithoutASignal_TimesOutOnTheTimeoutBranch()
    {
        var context = With(TestNodeContext.For("wait_event", """{"event":"approval","timeout":"30s"}"""), waits: Durable with { Resumed = true });

        var outcome = await new WaitEventNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);

        AssertSuccess("""{"event":"approval","timed_out":true,"timeout":"30s"}""", outcome);
        Assert.Equal(WaitEventNodeExecutor.TimeoutBranch, outcome.Path);
    }

    [Fact]
    public async Task ExecuteAsync_InProcessWithATimeout_WaitsThenTimesOut()
    {
        var clock = new FakeTimeProvider(Now);
        var context = With(TestNodeContext.For("wait_event", """{"event":"approval","timeout":"5s"}"""), clock: clock);

        var run = new WaitEventNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken).AsTask();
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(5));

        Assert.Equal(WaitEventNodeExecutor.TimeoutBranch, (await run).Path);
    }

    [Fact]
    public async Task ExecuteAsync_InProcessWithoutATimeout_FailsSayingWhy() =>
        AssertFailure(
            "wait_event 'approval' needs the durable engine to receive signals (give it a timeout to run in process)",
            await RunAsync(new WaitEventNodeExecutor(), """{"event":"approval"}"""));

    [Theory]
    [InlineData("""{"event":"approval","timeout":"soon"}""", "invalid timeout duration: soon (use a positive duration like '30s', '10m', '1h')")]
    [InlineData("""{"event":"approval","timeout":"0s"}""", "invalid timeout duration: 0s (use a positive duration like '30s', '10m', '1h')")]
    [InlineData("""{"event":""}""", "wait_event requires a non-empty event name")]
    public async Task ExecuteAsync_BadData_Fails(string data, string error) =>
        AssertFailure(error, await new WaitEventNodeExecutor().ExecuteAsync(
            With(TestNodeContext.For("wait_event", data), waits: Durable), TestContext.Current.CancellationToken));

    [Fact]
    public void Schema_WithoutEvent_IsADecodeError() =>
        Assert.Equal("missing required field: event", DecodeError(new WaitEventNodeExecutor(), """{"timeout":"5s"}"""));
}
