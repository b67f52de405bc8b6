using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class SliceNodeExecutorTests
{
    [Theory]
    [InlineData("""{"start":1,"end":3}""", """{"sliced":[2,3],"input_count":5,"output_count":2,"start":1,"end":3}""")]
    [InlineData("""{"start":-2}""", """{"sliced":[4,5],"input_count":5,"output_count":2,"start":3,"end":5}""")]
    [InlineData("""{"start":1,"length":2}""", """{"sliced":[2,3],"input_count":5,"output_count":2,"start":1,"end":3}""")]
    [InlineData("""{"start":4,"end":2}""", """{"sliced":[],"input_count":5,"output_count":0,"start":2,"end":2}""")]
    [InlineData("""{"start":"a","end":99}""", """{"sliced":[1,2,3,4,5],"input_count":5,"output_count":5,"start":0,"end":5}""")]
    [InlineData("""{"start":1.9,"end":-1.5}""", """{"sliced":[2,3,4],"input_count":5,"output_count":3,"start":1,"end":4}""")]
    public async Task ExecuteAsync_Bounds_FollowTheReference(string config, string expected) =>
        AssertSuccess(expected, await RunAsync(new SliceNodeExecutor(), config, "[1,2,3,4,5]"));

    [Fact]
    public async Task ExecuteAsync_NonArray_PassesThrough() =>
        AssertSuccess("""{"error":"input is not an array","input":{"a":1},"original_type":"map[string]interface {}"}""", await RunAsync(new SliceNodeExecutor(), "{}", """{"a":1}"""));
}
