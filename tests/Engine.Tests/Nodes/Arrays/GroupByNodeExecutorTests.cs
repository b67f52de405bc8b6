using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Arrays;

public sealed class GroupByNodeExecutorTests
{
    private const string People = """[{"team":"a","score":1},{"team":"b","score":5},{"team":"a","score":3},{"team":"a","score":"x"},{"name":"n"}]""";

    [Fact]
    public async Task ExecuteAsync_Count_CountsPerKey() =>
        AssertSuccess(
            """{"groups":{"a":[{"team":"a","score":1},{"team":"a","score":3},{"team":"a","score":"x"}],"b":[{"team":"b","score":5}],"<missing>":[{"name":"n"}]},"group_count":3,"input_count":5,"field":"team","aggregate":"count","counts":{"a":3,"b":1,"<missing>":1}}""",
            await RunAsync(new GroupByNodeExecutor(), """{"field":"team"}""", People));

    [Theory]
    [InlineData("sum", "sums", """{"a":4,"b":5,"<missing>":0}""")]
    [InlineData("avg", "averages", """{"a":2,"b":5,"<missing>":0}""")]
    [InlineData("min", "minimums", """{"a":1,"b":5,"<missing>":null}""")]
    [InlineData("max", "maximums", """{"a":3,"b":5,"<missing>":null}""")]
    public async Task ExecuteAsync_NumericAggregates_UseNumericValuesOnly(string aggregate, string key, string expected)
    {
        var outcome = await RunAsync(new GroupByNodeExecutor(), $$"""{"field":"team","aggregate":"{{aggregate}}","value_field":"score"}""", People);
        TestNodeContext.AssertJsonEqual(expected, ((Dictionary<string, object?>)outcome.Value!)[key]);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownAggregate_Fails() =>
        AssertFailure("unknown aggregate function: median", await RunAsync(new GroupByNodeExecutor(), """{"field":"team","aggregate":"median"}""", People));

    [Fact]
    public async Task ExecuteAsync_EmptyField_Fails() =>
        AssertFailure("group_by node requires 'field' string", await RunAsync(new GroupByNodeExecutor(), """{"field":""}""", "[1]"));

    [Fact]
    public void Schema_MissingField_IsRequired() =>
        Assert.Equal("missing required field: field", DecodeError(new GroupByNodeExecutor(), "{}"));
}
