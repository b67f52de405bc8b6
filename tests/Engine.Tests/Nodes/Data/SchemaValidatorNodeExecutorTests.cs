using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Nodes.Data;
using static Thaiyyal.Engine.Tests.Support.ExecutorRuns;

namespace Thaiyyal.Engine.Tests.Nodes.Data;

public sealed class SchemaValidatorNodeExecutorTests
{
    private const string PersonSchema = """{"schema":{"type":"object","properties":{"name":{"type":"string"},"age":{"type":"number","minimum":0}},"required":["name"]}}""";

    [Fact]
    public async Task ExecuteAsync_Valid_ReturnsData() =>
        AssertSuccess("""{"valid":true,"data":{"name":"a","age":3}}""", await RunAsync(new SchemaValidatorNodeExecutor(), PersonSchema, """{"name":"a","age":3}"""));

    [Fact]
    public async Task ExecuteAsync_MissingRequired_ReportsRequiredAtRoot() =>
        AssertSuccess(
            """{"valid":false,"data":{"age":3},"errors":[{"field":"(root)","type":"required","description":"name is required","value":{"age":3}}]}""",
            await RunAsync(new SchemaValidatorNodeExecutor(), PersonSchema, """{"age":3}"""));

    [Fact]
    public async Task ExecuteAsync_WrongTypeAndMinimum_ReportField()
    {
        var outcome = await RunAsync(new SchemaValidatorNodeExecutor(), PersonSchema, """{"name":5,"age":-1}""");
        var errors = (List<object?>)((Dictionary<string, object?>)outcome.Value!)["errors"]!;
        TestNodeContext.AssertJsonEqual(
            """[{"field":"age","type":"number_gte","description":"Must be greater than or equal to 0","value":-1},{"field":"name","type":"invalid_type","description":"Invalid type. Expected: string, given: integer","value":5}]""",
            errors.OrderBy(e => (string)((Dictionary<string, object?>)e!)["field"]!, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task ExecuteAsync_EnumConstFormatAdditional_MapToReferenceTypes()
    {
        var outcome = await RunAsync(
            new SchemaValidatorNodeExecutor(),
            """{"schema":{"type":"object","properties":{"e":{"enum":["a","b"]},"c":{"const":3},"m":{"format":"email"},"t":{"type":["string","null"]}},"additionalProperties":false}}""",
            """{"e":"z","c":4,"m":"nope","t":5,"extra":1}""");
        var errors = ((List<object?>)((Dictionary<string, object?>)outcome.Value!)["errors"]!)
            .Select(e => (Dictionary<string, object?>)e!).ToDictionary(e => (string)e["type"]!, e => (string)e["description"]!);
        Assert.Equal("e must be one of the following: \"a\", \"b\"", errors["enum"]);
        Assert.Equal("c does not match: 3", errors["const"]);
        Assert.Equal("Does not match format 'email'", errors["format"]);
        Assert.Equal("Invalid type. Expected: [string,null], given: integer", errors["invalid_type"]);
        Assert.Equal("Additional property extra is not allowed", errors["additional_property_not_allowed"]);
    }

    [Fact]
    public async Task ExecuteAsync_Draft07TupleItemsAndUnknownKeywords_AreAccepted() =>
        AssertSuccess(
            """{"valid":true,"data":[1,"a"]}""",
            await RunAsync(new SchemaValidatorNodeExecutor(), """{"schema":{"type":"array","items":[{"type":"number"},{"type":"string"}],"x-note":"hi"}}""", """[1,"a"]"""));

    [Fact]
    public async Task ExecuteAsync_Strict_Fails() =>
        AssertFailure(
            "validation failed: 1 errors found",
            await RunAsync(new SchemaValidatorNodeExecutor(), """{"strict":true,"schema":{"type":"object","required":["name"]}}""", """{"age":3}"""));

    [Fact]
    public async Task ExecuteAsync_NullInput_Fails() =>
        AssertFailure("no input provided for validation", await RunAsync(new SchemaValidatorNodeExecutor(), PersonSchema, "null"));

    [Fact]
    public void Schema_MissingSchema_IsRequired() =>
        Assert.Equal("missing required field: schema", DecodeError(new SchemaValidatorNodeExecutor(), "{}"));
}
