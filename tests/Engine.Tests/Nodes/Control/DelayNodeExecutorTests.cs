using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class DelayNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Duration_WaitsOnTheClock()
    {
        var clock = new FakeTimeProvider();
        var context = With(TestNodeContext.For("delay", """{"duration":"2s"}""", "5"), clock: clock);
        var run = new DelayNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken).AsTask();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1));
        AssertSuccess("""{"value":5,"duration":"2s","delayed":true}""", await run);
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_OutputsNullValue() =>
        AssertSuccess("""{"value":null,"duration":"0","delayed":true}""", await RunAsync(new DelayNodeExecutor(), """{"duration":"0"}"""));

    [Fact]
    public async Task ExecuteAsync_BadDuration_Fails() =>
        AssertFailure(
            "invalid duration format: invalid duration format: soon (use formats like '5s', '10m', '1h')",
            await RunAsync(new DelayNodeExecutor(), """{"duration":"soon"}"""));

    [Fact]
    public async Task ExecuteAsync_AtLeastTheParkThreshold_SuspendsUntilTheDelaysEnd()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var parking = With(TestNodeContext.For("delay", """{"duration":"2s"}""", "5"), clock: clock, waits: new NodeWaitContext(TimeSpan.FromSeconds(2)));

        var outcome = await new DelayNodeExecutor().ExecuteAsync(parking, TestContext.Current.CancellationToken);

        Assert.True(outcome.IsWaiting);
        Assert.False(outcome.IsSuccess);
        Assert.Equal(new NodeWait(DateTimeOffset.Parse("2026-01-01T00:00:02Z"), null), outcome.Wait);
    }

    [Fact]
    public async Task ExecuteAsync_BelowTheParkThreshold_WaitsInProcess()
    {
        var clock = new FakeTimeProvider();
        var below = With(TestNodeContext.For("delay", """{"duration":"2s"}"""), clock: clock, waits: new NodeWaitContext(TimeSpan.FromSeconds(3)));

        var run = new DelayNodeExecutor().ExecuteAsync(below, TestContext.Current.CancellationToken).AsTask();
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));

        AssertSuccess("""{"value":null,"duration":"2s","delayed":true}""", await run);
    }

    [Fact]
    public async Task ExecuteAsync_Resumed_PassesTheInputOnWithoutWaiting()
    {
        var resumed = With(TestNodeContext.For("delay", """{"duration":"1h"}""", "\"x\""), waits: new NodeWaitContext(TimeSpan.FromSeconds(1), Resumed: true));

        AssertSuccess("""{"value":"x","duration":"1h","delayed":true}""", await new DelayNodeExecutor().ExecuteAsync(resumed, TestContext.Current.CancellationToken));
    }
}
