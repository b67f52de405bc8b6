using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class ZipNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_InputAndConfigArrays_FillMissing() =>
        AssertSuccess(
            """{"zipped":[[1,"a"],[2,"b"],[3,0]],"array_count":2,"tuple_count":3,"max_length":3}""",
            await RunAsync(new ZipNodeExecutor(), """{"arrays":[["a","b"],"ignored"],"fill_missing":0}""", "[1,2,3]"));

    [Fact]
    public async Task ExecuteAsync_NoArrays_Fails() =>
        AssertFailure("zip node requires at least one array", await RunAsync(new ZipNodeExecutor(), "{}", "5"));

    [Fact]
    public async Task ExecuteAsync_EmptyArray_IsNull() =>
        AssertSuccess("""{"zipped":null,"array_count":1,"tuple_count":0,"max_length":0}""", await RunAsync(new ZipNodeExecutor(), "{}", "[]"));
}
