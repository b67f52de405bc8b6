using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Nodes.Data;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Nodes.Data;

public sealed class FormatNodeExecutorTests
{
    private static async Task<NodeOutcome> Format(string config, string inputJson) =>
        await new FormatNodeExecutor().ExecuteAsync(TestNodeContext.For("format", config, inputJson), TestContext.Current.CancellationToken);

    [Fact]
    public async Task ExecuteAsync_CompactJson_SortsKeysAndEscapesHtml()
    {
        var outcome = await Format("""{"output_type":"json"}""", """{"b":"<é&>","a":[1.5,1e21,0.0000001]}""");
        Assert.Equal("{\"a\":[1.5,1e+21,1e-7],\"b\":\"\\u003cé\\u0026\\u003e\"}", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_PrettyJson_IndentsTwoSpaces()
    {
        var outcome = await Format("""{"output_type":"JSON","pretty_print":true}""", """{"b":{},"a":[1,[]]}""");
        Assert.Equal("{\n  \"a\": [\n    1,\n    []\n  ],\n  \"b\": {}\n}", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_Csv_UnionOfSortedHeadersWithQuoting()
    {
        var outcome = await Format("""{"output_type":"CSV"}""", """[{"b":"x,y","a":2.5},{"c":true,"a":null,"b":" lead"},{"b":"say \"hi\"","c":[1]}]""");
        Assert.Equal("a,b,c\n2.5,\"x,y\",\n,\" lead\",true\n,\"say \"\"hi\"\"\",[1]\n", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_CsvWithDelimiterWithoutHeaders_UsesFirstCharacter()
    {
        var outcome = await Format("""{"output_type":"csv","delimiter":";;","include_headers":false}""", """{"a":1,"b":"x;y"}""");
        Assert.Equal("1;\"x;y\"\n", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_RecordList_IsAcceptedAsRows()
    {
        var context = TestNodeContext.For("format", """{"output_type":"TSV"}""");
        context = new NodeContext
        {
            RunId = context.RunId, NodeId = context.NodeId, NodeType = context.NodeType, Config = context.Config,
            Inputs = [new RecordList([new Dictionary<string, object?>(StringComparer.Ordinal) { ["n"] = 1.0 }])],
            State = new WorkflowState(), NodeResults = context.NodeResults, Clock = context.Clock, Limits = context.Limits,
        };
        var outcome = await new FormatNodeExecutor().ExecuteAsync(context, TestContext.Current.CancellationToken);
        Assert.Equal("n\n1\n", outcome.Value);
    }

    [Theory]
    [InlineData("""{"output_type":"CSV"}""", "[]", null)]
    [InlineData("""{"output_type":"CSV"}""", "[1]", "CSV formatting requires array of objects, got array element of type float64")]
    [InlineData("""{"output_type":"CSV"}""", "\"x\"", "CSV formatting requires array of objects or single object, got string")]
    [InlineData("""{"output_type":"XML"}""", "1", "unsupported output type: XML (supported: JSON, CSV, TSV)")]
    public async Task ExecuteAsync_EdgeCases_MatchReference(string config, string input, string? error)
    {
        var outcome = await Format(config, input);
        Assert.Equal(error, outcome.Error);
        if (error is null)
        {
            Assert.Equal("", outcome.Value);
        }
    }

    [Fact]
    public void Schema_MissingOutputType_IsADecodeError()
    {
        Assert.Equal("missing required field: output_type", new FormatNodeExecutor().Schema.Validate(new NodeConfig(new Dictionary<string, object?>())));
    }
}
