using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.Inputs;

namespace Thaiyyal.Engine.Tests.Nodes.Inputs;

public sealed class InputNodeExecutorsTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        { "text_input", """{"text":"hello"}""", "\"hello\"" },
        { "boolean_input", """{"boolean_value":false}""", "false" },
        { "date_input", """{"date_value":"not a date"}""", "\"not a date\"" },
        { "datetime_input", """{"datetime_value":"2024-01-02T03:04:05Z"}""", "\"2024-01-02T03:04:05Z\"" },
    };

    private static INodeExecutor Executor(string type) => type switch
    {
        "text_input" => new TextInputNodeExecutor(),
        "boolean_input" => new BooleanInputNodeExecutor(),
        "date_input" => new DateInputNodeExecutor(),
        _ => new DateTimeInputNodeExecutor(),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ExecuteAsync_Value_OutputsItUnchanged(string type, string config, string expected)
    {
        var outcome = await Executor(type).ExecuteAsync(TestNodeContext.For(type, config), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual(expected, outcome.Value);
    }

    [Theory]
    [InlineData("text_input", "text")]
    [InlineData("boolean_input", "boolean_value")]
    [InlineData("date_input", "date_value")]
    [InlineData("datetime_input", "datetime_value")]
    public void Schema_MissingValue_IsADecodeError(string type, string field)
    {
        var decoder = new WorkflowDecoder(t => t == type ? Executor(type).Schema : null);
        var ex = Assert.Throws<WorkflowFormatException>(() => decoder.Decode($$$"""{"nodes":[{"id":"a","type":"{{{type}}}","data":{}}]}"""));
        Assert.EndsWith($"missing required field: {field}", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Schema_NumberAsText_IsATypeError()
    {
        var decoder = new WorkflowDecoder(t => t == "text_input" ? new TextInputNodeExecutor().Schema : null);
        var ex = Assert.Throws<WorkflowFormatException>(() => decoder.Decode("""{"nodes":[{"id":"a","type":"text_input","data":{"text":5}}]}"""));
        Assert.Contains("cannot unmarshal number into Go struct field TextInputData.text of type string", ex.Message, StringComparison.Ordinal);
    }
}
