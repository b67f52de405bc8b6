using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class FindNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Match_ReturnsFirstWithIndex() =>
        AssertSuccess(
            """{"found":15,"condition":"gt:10","index":1}""",
            await RunAsync(new FindNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10","return_index":true}""", "[5,15,20]"));

    [Fact]
    public async Task ExecuteAsync_NoMatchAndErrors_ReportsNotFound() =>
        AssertSuccess(
            """{"found":null,"not_found":true,"condition":"gt:10","input_count":2}""",
            await RunAsync(new FindNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", """[5,"x"]"""));

    [Fact]
    public async Task ExecuteAsync_Scope_HasItemIndexAndItems()
    {
        var stub = StubExpressionEvaluator.Simple();
        await RunAsync(new FindNodeExecutor(stub), """{"condition":"gt:100"}""", "[5,6]");
        Assert.Equal(1.0, stub.Scopes[1].Variables["index"]);
        Assert.Equal(6.0, stub.Scopes[1].Variables["item"]);
        TestNodeContext.AssertJsonEqual("[5,6]", stub.Scopes[1].Variables["items"]);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyCondition_Fails() =>
        AssertFailure("find node missing required 'condition' string", await RunAsync(new FindNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":""}""", "[1]"));

    [Fact]
    public async Task ExecuteAsync_NonArray_PassesThroughBeforeConditionCheck() =>
        AssertSuccess("""{"error":"input is not an array","input":1,"original_type":"float64"}""", await RunAsync(new FindNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":""}""", "1"));
}
