using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class PartitionNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Mixed_SplitsAndCountsErrorsAsFailed() =>
        AssertSuccess(
            """{"passed":[15],"failed":[5,"x"],"passed_count":1,"failed_count":2,"input_count":3,"condition":"gt:10"}""",
            await RunAsync(new PartitionNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", """[5,15,"x"]"""));

    [Fact]
    public async Task ExecuteAsync_ObjectWithItems_UsesTheNestedArray() =>
        AssertSuccess(
            """{"passed":[20],"failed":null,"passed_count":1,"failed_count":0,"input_count":1,"condition":"gt:10"}""",
            await RunAsync(new PartitionNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", """{"items":[20]}"""));

    [Fact]
    public async Task ExecuteAsync_Empty_BothNull() =>
        AssertSuccess(
            """{"passed":null,"failed":null,"passed_count":0,"failed_count":0,"input_count":0,"condition":"gt:10"}""",
            await RunAsync(new PartitionNodeExecutor(StubExpressionEvaluator.Simple()), """{"condition":"gt:10"}""", "[]"));

    [Fact]
    public void Schema_MissingCondition_IsRequired() =>
        Assert.Equal("missing required field: condition", DecodeError(new PartitionNodeExecutor(StubExpressionEvaluator.Simple()), "{}"));
}
