using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Data;

namespace Thaiyyal.Engine.Tests.Nodes.Data;

public sealed class TransformNodeExecutorTests
{
    [Theory]
    [InlineData("to_array", new[] { "1", "\"a\"" }, """[1,"a"]""")]
    [InlineData("to_object", new[] { """["a",1,"b",[2],"odd"]""" }, """{"a":1,"b":[2]}""")]
    [InlineData("flatten", new[] { "[1,[2,[3,[]]],[]]" }, "[1,2,3]")]
    [InlineData("flatten", new[] { "[[],[[]]]" }, "null")]
    [InlineData("keys", new[] { """{"b":1,"a":2}""" }, """["a","b"]""")]
    [InlineData("values", new[] { """{"b":1,"a":2}""" }, "[2,1]")]
    public async Task ExecuteAsync_Transform_ProducesReferenceShape(string type, string[] inputs, string expected)
    {
        var outcome = await new TransformNodeExecutor().ExecuteAsync(TestNodeContext.For("transform", $$"""{"transform_type":"{{type}}"}""", inputs), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual(expected, outcome.Value);
    }

    [Theory]
    [InlineData("to_object", new[] { "[1,2]" }, "to_object requires string keys at index 0")]
    [InlineData("to_object", new[] { "{}" }, "to_object requires array input, got map[string]interface {}")]
    [InlineData("flatten", new[] { "1" }, "flatten requires array input, got float64")]
    [InlineData("keys", new[] { "null" }, "keys transform requires object input, got <nil>")]
    [InlineData("values", new[] { "[]" }, "values transform requires object input, got []interface {}")]
    [InlineData("pivot", new[] { "[]" }, "unsupported transform type: pivot")]
    [InlineData("keys", new string[0], "transform node requires input")]
    public async Task ExecuteAsync_Invalid_Fails(string type, string[] inputs, string expected)
    {
        var outcome = await new TransformNodeExecutor().ExecuteAsync(TestNodeContext.For("transform", $$"""{"transform_type":"{{type}}"}""", inputs), TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Error);
    }
}
