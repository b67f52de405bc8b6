using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes.Resilience;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Resilience;

public sealed class ThrottleNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_SecondRun_WaitsTheGap()
    {
        var state = new WorkflowState();
        var clock = new FakeTimeProvider();
        AssertSuccess(
            """{"value":null,"throttled":true,"requests_per_second":4,"delay_ms":0}""",
            await RunAsync(new ThrottleNodeExecutor(), state, clock, """{"requests_per_second":4}"""));
        clock.Advance(TimeSpan.FromMilliseconds(100));
        var second = RunAsync(new ThrottleNodeExecutor(), state, clock, """{"requests_per_second":4}""", "n1", "1").AsTask();
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(150));
        AssertSuccess("""{"value":1,"throttled":true,"requests_per_second":4,"delay_ms":150}""", await second);
    }

    [Fact]
    public async Task ExecuteAsync_NonPositiveRate_Fails() =>
        AssertFailure("requests_per_second must be positive, got -1.500000", await RunAsync(new ThrottleNodeExecutor(), """{"requests_per_second":-1.5}"""));

    [Fact]
    public void Schema_MissingRate_IsRequired() =>
        Assert.Equal("missing required field: requests_per_second", DecodeError(new ThrottleNodeExecutor(), "{}"));
}
