using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class ReverseNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Array_ReversesACopy() =>
        AssertSuccess("""{"reversed":[3,2,1],"count":3}""", await RunAsync(new ReverseNodeExecutor(), "{}", "[1,2,3]"));

    [Fact]
    public async Task ExecuteAsync_Empty_GivesEmptyArray() =>
        AssertSuccess("""{"reversed":[],"count":0}""", await RunAsync(new ReverseNodeExecutor(), "{}", "[]"));

    [Fact]
    public async Task ExecuteAsync_NonArray_PassesThrough() =>
        AssertSuccess("""{"error":"input is not an array","input":"x","original_type":"string"}""", await RunAsync(new ReverseNodeExecutor(), "{}", "\"x\""));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("reverse node needs at least 1 input", await RunAsync(new ReverseNodeExecutor()));
}
