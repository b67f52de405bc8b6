using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class FilterNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Array_KeepsMatchesAndCountsErrors() =>
        AssertSuccess(
            """{"filtered":[15],"input_count":3,"output_count":1,"skipped_count":2,"error_count":1,"condition":"gt:10","is_array":true}""",
            await RunAsync(new FilterNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", """[5,15,"x"]"""));

    [Fact]
    public async Task ExecuteAsync_NoMatches_GivesEmptyArray() =>
        AssertSuccess(
            """{"filtered":[],"input_count":1,"output_count":0,"skipped_count":1,"error_count":0,"condition":"gt:10","is_array":true}""",
            await RunAsync(new FilterNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", "[1]"));

    [Fact]
    public async Task ExecuteAsync_RangeOutput_FiltersTheNestedArray() =>
        AssertSuccess(
            """{"filtered":[11],"input_count":2,"output_count":1,"skipped_count":1,"error_count":0,"condition":"gt:10","is_array":true}""",
            await RunAsync(new FilterNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", """{"count":2,"range":[10,11]}"""));

    [Fact]
    public async Task ExecuteAsync_NonArray_PassesThroughWithWarning() =>
        AssertSuccess(
            """{"input":"s","filtered":"s","is_array":false,"warning":"input is not an array, passed through unchanged","original_type":"string"}""",
            await RunAsync(new FilterNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", "\"s\""));

    [Fact]
    public async Task ExecuteAsync_Scope_HasItemAndIndex()
    {
        var stub = StubExpressionEvaluator.Simple();
        await RunAsync(new FilterNodeExecutor(stub), """{"condition":"gt:1"}""", "[7,8]");
        Assert.Equal(8.0, stub.Scopes[1].Variables["item"]);
        Assert.Equal(1.0, stub.Scopes[1].Variables["index"]);
    }

    [Fact]
    public async Task ExecuteAsync_EmptyCondition_FailsBeforeInputCheck() =>
        AssertFailure("filter node missing condition expression", await RunAsync(new FilterNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":""}"""));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("filter node needs at least 1 input", await RunAsync(new FilterNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:1"}"""));
}
