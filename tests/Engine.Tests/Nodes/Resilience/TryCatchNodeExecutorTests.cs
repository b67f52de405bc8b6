using Thaiyyal.Grains.Engine.Nodes.Resilience;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Resilience;

public sealed class TryCatchNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_NoError_PassesThrough() =>
        AssertSuccess("""{"value":3,"error_caught":false}""", await RunAsync(new TryCatchNodeExecutor(), """{"fallback_value":0}""", "3"));

    [Fact]
    public async Task ExecuteAsync_Error_UsesFallback() =>
        AssertSuccess(
            """{"value":0,"error_caught":true,"error_message":"boom","error_output_path":"err"}""",
            await RunAsync(new TryCatchNodeExecutor(), """{"fallback_value":0,"error_output_path":"err"}""", """{"error":"boom"}"""));

    [Fact]
    public async Task ExecuteAsync_NonStringError_IsFormatted() =>
        AssertSuccess("""{"value":null,"error_caught":true,"error_message":"42"}""", await RunAsync(new TryCatchNodeExecutor(), "{}", """{"error":42}"""));

    [Fact]
    public async Task ExecuteAsync_DoNotContinue_Fails() =>
        AssertFailure("error caught: boom", await RunAsync(new TryCatchNodeExecutor(), """{"continue_on_error":false}""", """{"error":"boom"}"""));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("try-catch node requires at least one input", await RunAsync(new TryCatchNodeExecutor()));
}
