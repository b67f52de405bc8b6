using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Control;

namespace Thaiyyal.Engine.Tests.Nodes.Control;

public sealed class SwitchNodeExecutorTests
{
    private static readonly SwitchNodeExecutor Executor = new(new ExpressionEvaluator());

    private const string Grades = """
        {"cases": [
          {"when": ">=90", "output_path": "a"},
          {"when": ">=80", "output_path": "b"},
          {"when": "isNull(nope)", "output_path": "broken"},
          {"is_default": true}
        ]}
        """;

    [Theory]
    [InlineData("95", """{"value": 95, "matched": true, "case": ">=90", "output_path": "a", "case_index": 0}""")]
    [InlineData("85", """{"value": 85, "matched": true, "case": ">=80", "output_path": "b", "case_index": 1}""")]
    [InlineData("10", """{"value": 10, "matched": false, "case": "default", "output_path": "default", "case_index": 3}""")]
    public async Task ExecuteAsync_Cases_FirstMatchOrDefault(string input, string expected)
    {
        var outcome = await Executor.ExecuteAsync(TestNodeContext.For("switch", Grades, input), TestContext.Current.CancellationToken);
        Assert.True(outcome.IsSuccess, outcome.Error);
        TestNodeContext.AssertJsonEqual(expected, outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_DefaultWithOutputPath_UsesIt()
    {
        var config = """{"cases": [{"when": "input == 'x'", "output_path": "x"}, {"is_default": true, "output_path": "other"}]}""";
        var outcome = await Executor.ExecuteAsync(TestNodeContext.For("switch", config, "\"y\""), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual("""{"value": "y", "matched": false, "case": "default", "output_path": "other", "case_index": 1}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails()
    {
        var outcome = await Executor.ExecuteAsync(TestNodeContext.For("switch", Grades), TestContext.Current.CancellationToken);
        Assert.Equal("switch node requires at least one input", outcome.Error);
    }

    [Theory]
    [InlineData("{}", "missing required field: cases")]
    [InlineData("""{"cases": []}""", "missing required field: cases")]
    [InlineData("""{"cases": [{"is_default": true}, {"when": "1", "output_path": "x"}]}""",
        "default case must be the last case in the array (found at index 0, but last index is 1)")]
    [InlineData("""{"cases": [{"when": ">1", "output_path": "x"}]}""", "switch node must have exactly one default case (found 0)")]
    [InlineData("""{"cases": [{"when": ">1"}, {"is_default": true}]}""",
        "case at index 0 must have output_path (non-default cases require output_path)")]
    [InlineData("""{"cases": [{"when": ">1", "output_path": ""}, {"is_default": true}]}""",
        "case at index 0 must have output_path (non-default cases require output_path)")]
    [InlineData("""{"cases": "x"}""", "json: cannot unmarshal string into Go struct field SwitchData.cases of type []types.SwitchCase")]
    [InlineData("""{"cases": [{"when": 1, "output_path": "x"}, {"is_default": true}]}""",
        "json: cannot unmarshal number into Go struct field SwitchCase.cases.when of type string")]
    public void Schema_BadCases_IsADecodeError(string data, string message)
    {
        var decoder = new WorkflowDecoder(t => t == "switch" ? Executor.Schema : null);
        var ex = Assert.Throws<WorkflowFormatException>(() =>
            decoder.Decode($$"""{"nodes":[{"id":"a","type":"switch","data":{{data}}}]}"""));
        Assert.EndsWith(message, ex.Message, StringComparison.Ordinal);
    }
}
