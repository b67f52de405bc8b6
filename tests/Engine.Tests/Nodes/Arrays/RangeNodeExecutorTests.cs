using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class RangeNodeExecutorTests
{
    [Theory]
    [InlineData("""{"start":0,"end":4,"step":2}""", """{"range":[0,2,4],"count":3,"start":0,"end":4,"step":2}""")]
    [InlineData("""{"start":3,"end":1,"step":-1}""", """{"range":[3,2,1],"count":3,"start":3,"end":1,"step":-1}""")]
    [InlineData("""{"start":"a","end":"b"}""", """{"range":[0,1,2,3,4,5,6,7,8,9,10],"count":11,"start":0,"end":10,"step":1}""")]
    [InlineData("""{"start":0,"end":0.3,"step":0.1}""", """{"range":[0,0.1,0.2],"count":3,"start":0,"end":0.3,"step":0.1}""")]
    public async Task ExecuteAsync_Steps_GenerateInclusiveRange(string config, string expected) =>
        AssertSuccess(expected, await RunAsync(new RangeNodeExecutor(), config));

    [Theory]
    [InlineData("""{"start":0,"end":1,"step":0}""", "range step cannot be 0")]
    [InlineData("""{"start":5,"end":1}""", "range with positive step requires start <= end, got start=5 end=1")]
    [InlineData("""{"start":1,"end":5.5,"step":-1}""", "range with negative step requires start >= end, got start=1 end=5.5")]
    [InlineData("""{"start":0,"end":10000}""", "range would generate more than 10000 items, adjust start/end/step")]
    public async Task ExecuteAsync_BadBounds_Fail(string config, string error) =>
        AssertFailure(error, await RunAsync(new RangeNodeExecutor(), config));

    [Fact]
    public async Task ExecuteAsync_LimitFromEngineLimits_Applies()
    {
        var context = With(TestNodeContext.For("range", """{"start":1,"end":5}"""), limits: new() { MaxRangeItems = 3 });
        AssertFailure("range would generate more than 3 items, adjust start/end/step", await new RangeNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("""{"start":1}""")]
    [InlineData("""{"end":1}""")]
    [InlineData("""{"start":null,"end":1}""")]
    public void Schema_MissingStartOrEnd_IsRequired(string data) =>
        Assert.Equal("missing required field: start and end", DecodeError(new RangeNodeExecutor(), data));
}
