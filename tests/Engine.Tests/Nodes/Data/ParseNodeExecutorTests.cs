using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Data;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Nodes.Data;

public sealed class ParseNodeExecutorTests
{
    private static async Task<Grains.Engine.Nodes.NodeOutcome> Parse(string inputType, string textJson) =>
        await new ParseNodeExecutor().ExecuteAsync(
            TestNodeContext.For("parse", inputType.Length == 0 ? "{}" : $$"""{"input_type":"{{inputType}}"}""", textJson),
            TestContext.Current.CancellationToken);

    private static string Json(string text) => JsonValues.Serialize(text);

    [Theory]
    [InlineData("{\"a\":1}", "JSON")]
    [InlineData("[1,2]", "JSON")]
    [InlineData("", "JSON")]
    [InlineData("<a>1</a>", "XML")]
    [InlineData("a: 1\nb: 2", "YAML")]
    [InlineData("a,b\n1,2", "CSV")]
    [InlineData("a\tb\tc,d\n1\t2\t3", "TSV")]
    [InlineData("{not json}", "JSON")]
    [InlineData("hello", "JSON")]
    public void DetectFormat_Text_PicksTheReferenceFormat(string text, string expected) =>
        Assert.Equal(expected, ParseNodeExecutor.DetectFormat(text));

    [Theory]
    [InlineData("true", "true")]
    [InlineData(" 42.5 ", "42.5")]
    [InlineData("null", "null")]
    [InlineData("{\"b\":[1,\"x\"]}", "{\"b\":[1,\"x\"]}")]
    [InlineData("[1] trailing", "[1]")]
    public async Task ExecuteAsync_Json_ParsesTheFirstValue(string text, string expected)
    {
        var outcome = await Parse("json", Json(text));
        TestNodeContext.AssertJsonEqual(expected, outcome.Value);
    }

    [Theory]
    [InlineData("hello", "invalid JSON: invalid character 'h' looking for beginning of value")]
    [InlineData("", "invalid JSON: EOF")]
    [InlineData("{\"a\":", "invalid JSON: unexpected EOF")]
    public async Task ExecuteAsync_BadJson_Fails(string text, string expected)
    {
        var outcome = await Parse("JSON", Json(text));
        Assert.Equal(expected, outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_Csv_ReturnsTypedRecordList()
    {
        var outcome = await Parse("CSV", Json("name, age,ok,note\n\nJohn, 30,true,\"a, \"\"b\"\"\"\nJane,25,null,"));
        var records = Assert.IsType<RecordList>(outcome.Value);
        TestNodeContext.AssertJsonEqual(
            """[{"name":"John","age":30,"ok":true,"note":"a, \"b\""},{"name":"Jane","age":25,"ok":null,"note":""}]""", records);
    }

    [Fact]
    public async Task ExecuteAsync_CsvWithShortRow_FailsLikeGo()
    {
        var outcome = await Parse("CSV", Json("a,b\n1"));
        Assert.Equal("invalid CSV/TSV: record on line 2: wrong number of fields", outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_CsvBareQuote_FailsLikeGo()
    {
        var outcome = await Parse("CSV", Json("a,b\n1,x\"y"));
        Assert.Equal("invalid CSV/TSV: parse error on line 2, column 4: bare \" in non-quoted-field", outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_Tsv_SplitsOnTabs()
    {
        var outcome = await Parse("tsv", Json("p\tprice\niPhone\t999.99"));
        TestNodeContext.AssertJsonEqual("""[{"p":"iPhone","price":999.99}]""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_Yaml_ReadsFlatPairs()
    {
        var outcome = await Parse("YAML", Json("# comment\nname: Alice\nurl: http://x\nn: 1"));
        TestNodeContext.AssertJsonEqual("""{"name":"Alice","url":"http://x","n":1}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_YamlWithoutPairs_Fails()
    {
        var outcome = await Parse("YAML", Json("no colon here"));
        Assert.Equal("no valid YAML key-value pairs found", outcome.Error);
    }

    [Theory]
    [InlineData("<count> 42 </count>", """{"count":42}""")]
    [InlineData("<root>text<child>ignored</child></root>", """{"root":"text"}""")]
    [InlineData("<empty/>", """{"empty":""}""")]
    public async Task ExecuteAsync_Xml_ReadsRootText(string text, string expected)
    {
        var outcome = await Parse("XML", Json(text));
        TestNodeContext.AssertJsonEqual(expected, outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_UnclosedXml_FailsWithTheMapAttemptError()
    {
        var outcome = await Parse("XML", Json("<unclosed>"));
        Assert.Equal("invalid XML: unknown type map[string]interface {}", outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_NumberInput_IsParsedFromItsText()
    {
        var outcome = await Parse("", "42");
        Assert.Equal(42.0, outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_ObjectInput_IsReencoded()
    {
        var outcome = await Parse("JSON", """{"a":[1]}""");
        TestNodeContext.AssertJsonEqual("""{"a":[1]}""", outcome.Value);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownType_Fails()
    {
        var outcome = await Parse("toml", Json("x"));
        Assert.Equal("unsupported input type: TOML (supported: AUTO, JSON, CSV, TSV, YAML, XML)", outcome.Error);
    }

    [Fact]
    public async Task ExecuteAsync_NoInput_Fails()
    {
        var outcome = await new ParseNodeExecutor().ExecuteAsync(TestNodeContext.For("parse"), TestContext.Current.CancellationToken);
        Assert.Equal("parse node requires input", outcome.Error);
    }
}
