using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class WhileLoopNodeExecutorTests
{
    [Theory]
    [InlineData("false", "5")]
    [InlineData(">10", "5")]
    [InlineData("<=4", """{"value":5}""")]
    [InlineData("x > 1", "5")]
    [InlineData(">1", "\"5\"")]
    public async Task ExecuteAsync_FalseCondition_OutputsInput(string condition, string input) =>
        AssertSuccess(
            $$"""{"final_value":{{input}},"iterations":0,"condition":"{{condition}}"}""",
            await RunAsync(new WhileLoopNodeExecutor(), $$"""{"condition":"{{condition}}"}""", input));

    [Theory]
    [InlineData("true", "1")]
    [InlineData(">=5", "5")]
    [InlineData("!= 3", "5")]
    [InlineData("==5", """{"value":5}""")]
    public async Task ExecuteAsync_TrueCondition_ExceedsMax(string condition, string input) =>
        AssertFailure("while_loop exceeded max iterations: 100", await RunAsync(new WhileLoopNodeExecutor(), $$"""{"condition":"{{condition}}"}""", input));

    [Fact]
    public async Task ExecuteAsync_ConfiguredMax_IsReported() =>
        AssertFailure("while_loop exceeded max iterations: 5", await RunAsync(new WhileLoopNodeExecutor(), """{"condition":"true","max_iterations":5}""", "1"));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("while_loop node needs at least 1 input", await RunAsync(new WhileLoopNodeExecutor(), """{"condition":"true"}"""));

    [Fact]
    public void Schema_MissingCondition_IsRequired() =>
        Assert.Equal("missing required field: condition", DecodeError(new WhileLoopNodeExecutor(), "{}"));
}
