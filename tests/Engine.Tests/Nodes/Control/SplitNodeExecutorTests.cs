using Thaiyyal.Grains.Engine.Nodes.Control;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class SplitNodeExecutorTests
{
    [Fact]
    public async Task ExecuteAsync_Paths_CopyTheInput() =>
        AssertSuccess("""{"value":7,"paths":["a","b"],"outputs":{"a":7,"b":7}}""", await RunAsync(new SplitNodeExecutor(), """{"paths":["a","b"]}""", "7"));

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails() =>
        AssertFailure("split node requires at least one input", await RunAsync(new SplitNodeExecutor(), """{"paths":["a"]}"""));

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"paths":[]}""")]
    public void Schema_NoPaths_IsRequired(string data) =>
        Assert.Equal("missing required field: paths", DecodeError(new SplitNodeExecutor(), data));
}
