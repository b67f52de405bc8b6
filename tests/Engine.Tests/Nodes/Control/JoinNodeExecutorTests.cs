using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class JoinNodeExecutorTests
{
    [Theory]
    [InlineData("all", """{"strategy":"all","values":[1,2],"count":2}""")]
    [InlineData("any", """{"strategy":"any","value":1,"count":2}""")]
    [InlineData("first", """{"strategy":"first","value":1}""")]
    public async Task ExecuteAsync_Strategies_Combine(string strategy, string expected) =>
        AssertSuccess(expected, await RunAsync(new JoinNodeExecutor(), $$"""{"join_strategy":"{{strategy}}"}""", "1", "2"));

    [Theory]
    [InlineData("all", "join node with 'all' strategy requires at least one input")]
    [InlineData("any", "join node with 'any' strategy has no inputs")]
    [InlineData("first", "join node with 'first' strategy has no inputs")]
    [InlineData("zip", "unsupported join strategy: zip (use all, any, or first)")]
    public async Task ExecuteAsync_NoInputsOrUnknown_Fails(string strategy, string error) =>
        AssertFailure(error, await RunAsync(new JoinNodeExecutor(), $$"""{"join_strategy":"{{strategy}}"}"""));
}
