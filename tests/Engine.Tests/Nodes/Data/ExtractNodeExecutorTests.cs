using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Data;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Nodes.Data;

public sealed class ExtractNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Field_OutputsFieldAndValue()
    {
        var outcome = await new ExtractNodeExecutor().ExecuteAsync(TestNodeContext.For("extract", """{"field":"a","fields":["b"]}""", """{"a":null,"b":2}"""), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual("""{"field":"a","value":null}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_Fields_KeepsPresentKeysOnly()
    {
        var outcome = await new ExtractNodeExecutor().ExecuteAsync(TestNodeContext.For("extract", """{"fields":["a","x"]}""", """{"a":1,"b":2}"""), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual("""{"a":1}""", outcome.Value);
    }

    [Theory]
    [InlineData("""{"field":"x"}""", new[] { """{"a":1}""" }, "field 'x' not found in input object")]
    [InlineData("""{"field":"x"}""", new[] { "[1]" }, "extract node requires object input, got []interface {}")]
    [InlineData("""{"field":"x"}""", new string[0], "extract node requires input")]
    public async Task ExecuteAsync_Invalid_Fails(string config, string[] inputs, string expected)
    {
        var outcome = await new ExtractNodeExecutor().ExecuteAsync(TestNodeContext.For("extract", config, inputs), TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Error);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"fields":[]}""")]
    public void Schema_NoField_IsADecodeError(string config)
    {
        var data = new NodeConfig((Dictionary<string, object?>)JsonValues.Parse(config)!);
        Assert.Equal("missing required field: field or fields", new ExtractNodeExecutor().Schema.Validate(data));
    }
}
