using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class FlatMapNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_NestedArrays_SplicesOneLevel() =>
        AssertSuccess("""{"flattened":[1,2,[3],4],"input_count":3,"output_count":4,"field":""}""", await RunAsync(new FlatMapNodeExecutor(), "{}", "[[1,2],[[3]],4]"));

    [Fact]
    public async Task ExecuteAsync_Field_SplicesValuesAndSkipsOthers() =>
        AssertSuccess(
            """{"flattened":["a","b","c"],"input_count":4,"output_count":3,"field":"tags"}""",
            await RunAsync(new FlatMapNodeExecutor(), """{"field":"tags"}""", """[{"tags":["a","b"]},{"tags":"c"},{"other":1},5]"""));

    [Fact]
    public async Task ExecuteAsync_Empty_IsNull() =>
        AssertSuccess("""{"flattened":null,"input_count":0,"output_count":0,"field":""}""", await RunAsync(new FlatMapNodeExecutor(), "{}", "[]"));
}
