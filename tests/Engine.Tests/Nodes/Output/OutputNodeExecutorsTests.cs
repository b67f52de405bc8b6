using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Output;

namespace Thaiyyal.Engine.Tests.Nodes.Output;

public sealed class OutputNodeExecutorsTests
{
    [Fact]
    public async Task Visualization_Input_PassesItThrough()
    {
        var outcome = await new VisualizationNodeExecutor().ExecuteAsync(TestNodeContext.For("visualization", """{"mode":"table"}""", """[{"a":1}]"""), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual("""[{"a":1}]""", outcome.Value);
    }

    [Fact]
    public async Task Visualization_NoInput_Fails()
    {
        var outcome = await new VisualizationNodeExecutor().ExecuteAsync(TestNodeContext.For("visualization"), TestContext.Current.CancellationToken);
        Assert.Equal("visualization needs at least 1 input", outcome.Error);
    }

    [Fact]
    public async Task Renderer_Input_PassesItThrough()
    {
        var outcome = await new RendererNodeExecutor().ExecuteAsync(TestNodeContext.For("renderer", "{}", "\"x\""), TestContext.Current.CancellationToken);
        Assert.Equal("x", outcome.Value);
    }

    [Fact]
    public async Task Renderer_NoInput_OutputsNull()
    {
        var outcome = await new RendererNodeExecutor().ExecuteAsync(TestNodeContext.For("renderer"), TestContext.Current.CancellationToken);
        Assert.True(outcome.IsSuccess);
        Assert.Null(outcome.Value);
    }
}
