using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class ForEachNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Array_ReportsCounts() =>
        AssertSuccess("""{"input_count":3,"iterations":3,"successful":3,"failed":0}""", await RunAsync(new ForEachNodeExecutor(), "{}", "[1,2,3]"));

    [Fact]
    public async Task ExecuteAsync_NonArray_Fails() =>
        AssertFailure("for_each node requires array input, got string", await RunAsync(new ForEachNodeExecutor(), "{}", "\"x\""));

    [Fact]
    public async Task ExecuteAsync_OverConfiguredMax_Fails() =>
        AssertFailure("for_each exceeds max iterations: 3 > 2", await RunAsync(new ForEachNodeExecutor(), """{"max_iterations":2}""", "[1,2,3]"));

    [Fact]
    public async Task ExecuteAsync_NoConfiguredMax_UsesEngineLimit()
    {
        var context = With(TestNodeContext.For("for_each", """{"max_iterations":0}""", "[1,2,3]"), limits: new() { DefaultForEachMaxIterations = 2 });
        AssertFailure("for_each exceeds max iterations: 3 > 2", await new ForEachNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("for_each node needs at least 1 input", await RunAsync(new ForEachNodeExecutor()));

    [Fact]
    public void Schema_FractionalMax_IsATypeError() =>
        Assert.Contains("ForEachData.max_iterations of type int", DecodeError(new ForEachNodeExecutor(), """{"max_iterations":1.5}"""));
}
