using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes.Resilience;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Resilience;

public sealed class RateLimiterNodeExecutorTests
{
    private const string TwoPerSecond = """{"max_requests":2,"per_duration":"1s"}""";

    [Fact]
    public async Task ExecuteAsync_UnderLimit_CountsRequests()
    {
        var state = new WorkflowState();
        var clock = new FakeTimeProvider();
        AssertSuccess(
            """{"value":null,"rate_limited":true,"requests_count":1,"max_requests":2,"window":"1s"}""",
            await RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond));
        AssertSuccess(
            """{"value":4,"rate_limited":true,"requests_count":2,"max_requests":2,"window":"1s"}""",
            await RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond, "n1", "4"));
    }

    [Fact]
    public async Task ExecuteAsync_Full_WaitsForTheOldestToLeave()
    {
        var state = new WorkflowState();
        var clock = new FakeTimeProvider();
        await RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond);
        clock.Advance(TimeSpan.FromMilliseconds(400));
        await RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond);
        var third = RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond).AsTask();
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(600));
        var outcome = await third;
        Assert.Equal(2.0, ((Dictionary<string, object?>)outcome.Value!)["requests_count"]);
    }

    [Fact]
    public async Task ExecuteAsync_OtherNode_HasItsOwnLog()
    {
        var state = new WorkflowState();
        var clock = new FakeTimeProvider();
        await RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond, "a");
        var outcome = await RunAsync(new RateLimiterNodeExecutor(), state, clock, TwoPerSecond, "b");
        Assert.Equal(1.0, ((Dictionary<string, object?>)outcome.Value!)["requests_count"]);
    }

    [Fact]
    public async Task ExecuteAsync_OtherStrategy_Fails() =>
        AssertFailure(
            "unsupported rate limit strategy: token_bucket (only fixed_window supported)",
            await RunAsync(new RateLimiterNodeExecutor(), """{"max_requests":2,"per_duration":"1s","strategy":"token_bucket"}"""));

    [Theory]
    [InlineData("""{"per_duration":"1s"}""", "missing required field: max_requests")]
    [InlineData("""{"max_requests":1}""", "missing required field: per_duration")]
    public void Schema_MissingFields_AreRequired(string data, string error) =>
        Assert.Equal(error, DecodeError(new RateLimiterNodeExecutor(), data));
}
