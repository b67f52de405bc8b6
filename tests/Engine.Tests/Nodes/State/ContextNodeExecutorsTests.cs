using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.State;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Nodes.State;

public sealed class ContextNodeExecutorsTests
{
    private sealed class UtcClock : TimeProvider
    {
        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
    }

    private static NodeContext Context(string type, string config)
    {
        var context = TestNodeContext.For(type, config);
        return new NodeContext
        {
            RunId = context.RunId, NodeId = context.NodeId, NodeType = type, Config = context.Config, Inputs = context.Inputs,
            State = context.State, NodeResults = context.NodeResults, Clock = new UtcClock(), Limits = context.Limits,
        };
    }

    private static string Values(string name, string valueJson, string type) =>
        $$"""{"context_values":[{"name":"{{name}}","value":{{valueJson}},"type":"{{type}}"}]}""";

    [Fact]
    public async Task Variable_ContextValues_ConvertsStoresAndOutputs()
    {
        var context = Context("context_variable", """{"context_values":[{"name":"a","value":"42","type":"number"},{"name":"b","value":3.5,"type":"string"},{"name":"c","value":"T","type":"boolean"},{"name":"d","value":5,"type":"null"}]}""");
        var outcome = await new ContextVariableNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual("""{"type":"variable","variables":{"a":42,"b":"3.5","c":true,"d":null}}""", outcome.Value);
        Assert.Equal(42.0, context.State.ContextVariables["a"]);
        Assert.Empty(context.State.ContextConstants);
    }

    [Fact]
    public async Task Constant_Legacy_StoresAndOutputsNameValue()
    {
        var context = Context("context_constant", """{"context_name":"pi","context_value":3.14}""");
        var outcome = await new ContextConstantNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual("""{"type":"const","name":"pi","value":3.14}""", outcome.Value);
        Assert.Equal(3.14, context.State.ContextConstants["pi"]);
    }

    [Fact]
    public async Task Variable_LegacyWithoutValue_Fails()
    {
        var outcome = await new ContextVariableNodeExecutor().ExecuteAsync(Context("context_variable", """{"context_name":"x"}"""), TestContext.Current.CancellationToken);
        Assert.Equal("context_variable node missing context_value", outcome.Error);
    }

    [Fact]
    public async Task Constant_EpochSeconds_IsALocalTimestamp()
    {
        var outcome = await new ContextConstantNodeExecutor().ExecuteAsync(Context("context_constant", Values("t", "\"86400\"", "epoch_second")), TestContext.Current.CancellationToken);
        var constants = Assert.IsType<Dictionary<string, object?>>(Assert.IsType<Dictionary<string, object?>>(outcome.Value)["constants"]);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(86400), constants["t"]);
    }

    [Fact]
    public async Task Constant_EpochMilliseconds_KeepsTheFraction()
    {
        var outcome = await new ContextConstantNodeExecutor().ExecuteAsync(Context("context_constant", Values("t", "1500", "epoch_ms")), TestContext.Current.CancellationToken);
        var constants = (Dictionary<string, object?>)((Dictionary<string, object?>)outcome.Value!)["constants"]!;
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1500), constants["t"]);
    }

    [Theory]
    [InlineData("\"abc\"", "number", "context_constant node: error converting v (number): cannot convert \"abc\" to number: strconv.ParseFloat: parsing \"abc\": invalid syntax")]
    [InlineData("true", "number", "context_constant node: error converting v (number): cannot convert type bool to number")]
    [InlineData("\"yes\"", "boolean", "context_constant node: error converting v (boolean): cannot convert \"yes\" to boolean: strconv.ParseBool: parsing \"yes\": invalid syntax")]
    [InlineData("[1]", "boolean", "context_constant node: error converting v (boolean): cannot convert type []interface {} to boolean")]
    [InlineData("\"2024-13-01T00:00:00Z\"", "time_string", "context_constant node: error converting v (time_string): invalid time string \"2024-13-01T00:00:00Z\": parsing time \"2024-13-01T00:00:00Z\": month out of range")]
    [InlineData("\"2024-01-01\"", "time_string", "context_constant node: error converting v (time_string): invalid time string \"2024-01-01\": parsing time \"2024-01-01\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"\" as \"T\"")]
    [InlineData("\"1.5\"", "epoch_second", "context_constant node: error converting v (epoch_second): cannot convert \"1.5\" to epoch seconds: strconv.ParseInt: parsing \"1.5\": invalid syntax")]
    [InlineData("null", "epoch_ms", "context_constant node: error converting v (epoch_ms): cannot convert type <nil> to epoch milliseconds")]
    [InlineData("1", "date", "context_constant node: error converting v (date): unsupported type \"date\"")]
    public async Task Constant_BadConversion_FailsWithReferenceText(string value, string type, string expected)
    {
        var outcome = await new ContextConstantNodeExecutor().ExecuteAsync(Context("context_constant", Values("v", value, type)), TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Error);
    }

    [Theory]
    [InlineData("2024-01-02T03:04:05Z")]
    [InlineData("2024-02-29T23:59:59.123+05:30")]
    public async Task Variable_ValidTimeString_IsKeptAsText(string text)
    {
        var outcome = await new ContextVariableNodeExecutor().ExecuteAsync(Context("context_variable", Values("t", $"\"{text}\"", "time_string")), TestContext.Current.CancellationToken);
        TestNodeContext.AssertJsonEqual($$$"""{"type":"variable","variables":{"t":"{{{text}}}"}}""", outcome.Value);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{"context_values":[]}""")]
    public void Schema_NoValues_IsADecodeError(string config)
    {
        var data = new NodeConfig((Dictionary<string, object?>)JsonValues.Parse(config)!);
        Assert.Equal("missing required field: context_values or context_name", new ContextVariableNodeExecutor().Schema.Validate(data));
    }
}
