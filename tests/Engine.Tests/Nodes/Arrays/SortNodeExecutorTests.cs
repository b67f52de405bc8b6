using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class SortNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_MixedValues_NullFirstThenNumbers() =>
        AssertSuccess("""{"sorted":[null,1,2,3],"count":4,"field":"","order":"asc"}""", await RunAsync(new SortNodeExecutor(), "{}", "[3,null,1,2]"));

    [Fact]
    public async Task ExecuteAsync_FieldDesc_SortsObjectsDescending() =>
        AssertSuccess(
            """{"sorted":[{"a":"c"},{"a":"b"},{"a":"a"}],"count":3,"field":"a","order":"desc"}""",
            await RunAsync(new SortNodeExecutor(), """{"field":"a","order":"DESC"}""", """[{"a":"b"},{"a":"c"},{"a":"a"}]"""));

    [Fact]
    public async Task ExecuteAsync_DescWithEqualKeys_ReordersLikeGo()
    {
        // !less makes equal keys "less" in both directions; Go insertion sort then moves each later equal key forward.
        AssertSuccess(
            """{"sorted":[{"k":1,"i":3},{"k":1,"i":2},{"k":1,"i":1}],"count":3,"field":"k","order":"desc"}""",
            await RunAsync(new SortNodeExecutor(), """{"field":"k","order":"desc"}""", """[{"k":1,"i":1},{"k":1,"i":2},{"k":1,"i":3}]"""));
    }

    [Fact]
    public async Task ExecuteAsync_LargeArray_SortsLikeAscending()
    {
        var numbers = Enumerable.Range(0, 100).Select(i => (i * 37) % 100).ToList();
        var outcome = await RunAsync(new SortNodeExecutor(), "{}", "[" + string.Join(",", numbers) + "]");
        var sorted = (List<object?>)((Dictionary<string, object?>)outcome.Value!)["sorted"]!;
        Assert.Equal(Enumerable.Range(0, 100).Select(i => (object?)(double)i), sorted);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownOrder_BehavesAsAscending() =>
        AssertSuccess("""{"sorted":[false,true],"count":2,"field":"","order":"up"}""", await RunAsync(new SortNodeExecutor(), """{"order":"Up"}""", "[true,false]"));
}
