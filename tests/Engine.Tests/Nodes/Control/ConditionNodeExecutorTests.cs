using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Control;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class ConditionNodeExecutorTests
{
    private static readonly ConditionNodeExecutor Executor = new(new ExpressionEvaluator());

    [Theory]
    [InlineData(">50", "75", true)]
    [InlineData(">50", "25", false)]
    [InlineData("input.age >= 18 && input.country == 'NL'", """{"age": 20, "country": "NL"}""", true)]
    [InlineData(">=10", """{"value": 10}""", true)]
    [InlineData("no.such.thing", "1", false)]
    public async Task ExecuteAsync_Condition_OutputsAllSixKeys(string condition, string input, bool met)
    {
        var context = TestNodeContext.For("condition", $$"""{"condition": "{{condition.Replace("\"", "\\\"", StringComparison.Ordinal)}}"}""", input);
        var outcome = await Executor.ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.True(outcome.IsSuccess, outcome.Error);
        var output = Assert.IsType<Dictionary<string, object?>>(outcome.Value);
        Assert.Equal(6, output.Count);
        Assert.Equal(met, output["condition_met"]);
        Assert.Equal(condition, output["condition"]);
        Assert.Equal(met ? "true" : "false", output["path"]);
        Assert.Equal(met, output["true_path"]);
        Assert.Equal(!met, output["false_path"]);
        TestNodeContext.AssertJsonEqual(input, output["value"]);
    }

    [Fact]
    public async Task ExecuteAsync_EvaluationError_FallsBackToSimpleComparator()
    {
        // isNull(x) errors on the unresolvable argument; the fallback comparator then answers false.
        var context = TestNodeContext.For("condition", """{"condition": "isNull(nope)"}""", "5");
        var outcome = await Executor.ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal(false, ((Dictionary<string, object?>)outcome.Value!)["condition_met"]);
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails()
    {
        var outcome = await Executor.ExecuteAsync(TestNodeContext.For("condition", """{"condition": ">1"}"""), TestContext.Current.CancellationToken);
        Assert.Equal("condition node needs at least 1 input", outcome.Error);
    }

    [Fact]
    public void Schema_MissingCondition_IsADecodeError()
    {
        var decoder = new WorkflowDecoder(t => t == "condition" ? Executor.Schema : null);
        var ex = Assert.Throws<WorkflowFormatException>(() =>
            decoder.Decode("""{"nodes":[{"id":"a","type":"condition","data":{"true_path":"x"}}]}"""));
        Assert.EndsWith("missing required field: condition", ex.Message, StringComparison.Ordinal);
    }
}
