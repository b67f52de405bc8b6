using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Engine.Tests.Support;
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
}
