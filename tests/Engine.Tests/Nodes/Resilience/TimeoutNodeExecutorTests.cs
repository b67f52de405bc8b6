using Thaiyyal.Grains.Engine.Nodes.Resilience;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Resilience;

public sealed class TimeoutNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_WithinLimit_NotTimedOut() =>
        AssertSuccess(
            """{"value":{"execution_time":"500ms"},"timeout_duration":"1s","execution_time":"500ms","timed_out":false}""",
            await RunAsync(new TimeoutNodeExecutor(), """{"timeout":"1000"}""", """{"execution_time":"500ms"}"""));

    [Fact]
    public async Task ExecuteAsync_Exceeded_FailsByDefault() =>
        AssertFailure("operation timed out after 1m30s (limit: 1m0s)", await RunAsync(new TimeoutNodeExecutor(), """{"timeout":"1m"}""", """{"execution_time":"90s"}"""));

    [Fact]
    public async Task ExecuteAsync_ExceededWithContinue_MarksPartial() =>
        AssertSuccess(
            """{"value":{"execution_time":"2s"},"timeout_duration":"1s","execution_time":"2s","timed_out":true,"timeout_exceeded":true,"partial_result":true}""",
            await RunAsync(new TimeoutNodeExecutor(), """{"timeout":"1s","timeout_action":"continue_with_partial"}""", """{"execution_time":"2s"}"""));

    [Fact]
    public async Task ExecuteAsync_NonObjectInput_HasZeroExecutionTime() =>
        AssertSuccess(
            """{"value":5,"timeout_duration":"1s","execution_time":"0s","timed_out":false}""",
            await RunAsync(new TimeoutNodeExecutor(), """{"timeout":"1s"}""", "5"));

    [Fact]
    public async Task ExecuteAsync_BadTimeout_Fails() =>
        AssertFailure("invalid timeout duration: soon", await RunAsync(new TimeoutNodeExecutor(), """{"timeout":"soon"}""", "5"));

    [Fact]
    public void Schema_MissingTimeout_IsRequired() =>
        Assert.Equal("missing required field: timeout", DecodeError(new TimeoutNodeExecutor(), "{}"));
}
