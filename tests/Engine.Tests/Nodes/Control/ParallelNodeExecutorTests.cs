using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class ParallelNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Inputs_AreGathered() =>
        AssertSuccess("""{"results":[1,"a"],"count":2,"concurrency":10}""", await RunAsync(new ParallelNodeExecutor(), "{}", "1", "\"a\""));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("parallel node requires at least one input", await RunAsync(new ParallelNodeExecutor()));

    [Fact]
    public async Task ExecuteAsync_ZeroConcurrency_Fails() =>
        Assert.False((await RunAsync(new ParallelNodeExecutor(), """{"max_concurrency":0}""", "1")).IsSuccess);
}
