using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class SampleNodeExecutorTests
{
    [Theory]
    [InlineData("""{"count":2,"method":"first"}""", """{"sample":[1,2],"input_count":4,"output_count":2,"method":"first"}""")]
    [InlineData("""{"count":3,"method":"last"}""", """{"sample":[2,3,4],"input_count":4,"output_count":3,"method":"last"}""")]
    [InlineData("""{"count":9,"method":"first"}""", """{"sample":[1,2,3,4],"input_count":4,"output_count":4,"method":"first"}""")]
    [InlineData("""{"count":9}""", """{"sample":[1,2,3,4],"input_count":4,"output_count":4,"method":"random"}""")]
    public async Task ExecuteAsync_Methods_Select(string config, string expected) =>
        AssertSuccess(expected, await RunAsync(new SampleNodeExecutor(), config, "[1,2,3,4]"));

    [Fact]
    public async Task ExecuteAsync_Random_PicksDistinctElements()
    {
        var outcome = await RunAsync(new SampleNodeExecutor(), """{"count":2}""", "[1,2,3,4]");
        var sample = (List<object?>)((Dictionary<string, object?>)outcome.Value!)["sample"]!;
        Assert.Equal(2, sample.Distinct().Count());
        Assert.All(sample, x => Assert.InRange((double)x!, 1, 4));
    }

    [Fact]
    public async Task ExecuteAsync_ZeroCount_Fails() =>
        AssertFailure("sample count must be greater than 0, got 0", await RunAsync(new SampleNodeExecutor(), """{"count":0.5}""", "[1]"));

    [Fact]
    public async Task ExecuteAsync_UnknownMethod_Fails() =>
        AssertFailure("unknown sample method: middle (must be 'random', 'first', or 'last')", await RunAsync(new SampleNodeExecutor(), """{"count":1,"method":"middle"}""", "[1]"));
}
