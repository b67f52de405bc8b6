using Microsoft.Extensions.Time.Testing;
using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Resilience;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Resilience;

public sealed class RetryNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_NonError_SucceedsFirstAttempt() =>
        AssertSuccess("""{"value":{"ok":1},"attempts":1,"success":true}""", await RunAsync(new RetryNodeExecutor(), "{}", """{"ok":1}"""));

    [Fact]
    public async Task ExecuteAsync_Error_WaitsBackoffThenFails()
    {
        var clock = new FakeTimeProvider();
        var context = With(TestNodeContext.For("retry", """{"max_attempts":3,"initial_delay":"1s"}""", """{"error":"boom"}"""), clock: clock);
        var run = new RetryNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken).AsTask();
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(run.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(2));
        AssertFailure("max retry attempts (3) reached: boom", await run);
    }

    [Fact]
    public async Task ExecuteAsync_ErrorNotInList_FailsImmediately() =>
        AssertFailure("error not in retry list: boom", await RunAsync(new RetryNodeExecutor(), """{"retry_on_errors":["timeout"]}""", """{"error":"boom"}"""));

    [Fact]
    public async Task ExecuteAsync_NonStringError_HasEmptyMessage() =>
        AssertFailure("max retry attempts (1) reached: ", await RunAsync(new RetryNodeExecutor(), """{"max_attempts":1}""", """{"error":5}"""));

    [Fact]
    public async Task ExecuteAsync_ZeroAttempts_FailsEvenWithoutError() =>
        AssertFailure("max_attempts must be greater than 0, got 0", await RunAsync(new RetryNodeExecutor(), """{"max_attempts":0}""", "1"));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("retry node requires at least one input", await RunAsync(new RetryNodeExecutor()));

    [Theory]
    [InlineData("exponential", 3, 4000)]
    [InlineData("linear", 3, 3000)]
    [InlineData("constant", 3, 1000)]
    [InlineData("other", 3, 1000)]
    [InlineData("exponential", 10, 5000)]
    public void Backoff_Strategies_AreCapped(string strategy, int attempt, int expectedMs) =>
        Assert.Equal(TimeSpan.FromMilliseconds(expectedMs), RetryNodeExecutor.Backoff(strategy, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), 2, attempt));
}
