using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Inputs;

namespace Thaiyyal.Engine.Tests.Nodes.Inputs;

public sealed class NumberNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Value_OutputsTheNumber()
    {
        var outcome = await new NumberNodeExecutor().ExecuteAsync(TestNodeContext.For("number", """{"value": 2.5}"""), TestContext.Current.CancellationToken);
        Assert.True(outcome.IsSuccess);
        Assert.Equal(2.5, outcome.Value);
    }

    [Fact]
    public void Schema_MissingValue_IsADecodeError()
    {
        var decoder = new Thaiyyal.Grains.Engine.Model.WorkflowDecoder(t => t == "number" ? new NumberNodeExecutor().Schema : null);
        var ex = Assert.Throws<Thaiyyal.Grains.Engine.Model.WorkflowFormatException>(() =>
            decoder.Decode("""{"nodes":[{"id":"a","type":"number","data":{}}]}"""));
        Assert.Equal("failed to parse payload: failed to unmarshal data for node a (type number): missing required field: value", ex.Message);
    }

    [Fact]
    public void Schema_StringValue_IsATypeError()
    {
        var decoder = new Thaiyyal.Grains.Engine.Model.WorkflowDecoder(t => t == "number" ? new NumberNodeExecutor().Schema : null);
        var ex = Assert.Throws<Thaiyyal.Grains.Engine.Model.WorkflowFormatException>(() =>
            decoder.Decode("""{"nodes":[{"id":"a","type":"number","data":{"value":"abc"}}]}"""));
        Assert.Contains("cannot unmarshal string into Go struct field NumberData.value of type float64", ex.Message);
    }
}
