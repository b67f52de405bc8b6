using System.Text;
using Thaiyyal.Engine.Tests.Support;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class HttpResponseDecoderTests
{
    private static object? Decode(string? contentType, string body) => HttpResponseDecoder.Decode(contentType, Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData("application/json")]
    [InlineData("Application/JSON; charset=utf-8")]
    [InlineData("application/vnd.api+json")]
    [InlineData("application/problem+json")]
    public void Decode_JsonMediaType_ParsesJson(string contentType) =>
        TestNodeContext.AssertJsonEqual("""{"a":[1,2]}""", Decode(contentType, """{"a":[1,2]}"""));

    [Fact]
    public void Decode_JsonFollowedByGarbage_KeepsFirstValueLikeGoDecoder() =>
        TestNodeContext.AssertJsonEqual("""{"a":1}""", Decode("application/json", """{"a":1} trailing"""));

    [Fact]
    public void Decode_DeclaredJsonInvalid_Fails()
    {
        var ex = Assert.Throws<NodeExecutionException>(() => Decode("application/json", "nope"));
        Assert.StartsWith("failed to parse JSON response: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_DeclaredJsonEmptyBody_FailsWithEof() =>
        Assert.Equal("failed to parse JSON response: EOF", Assert.Throws<NodeExecutionException>(() => Decode("application/json", "")).Message);

    [Theory]
    [InlineData(null, "  [1, 2]", "[1,2]")]
    [InlineData("", "{\"k\":\"v\"}", "{\"k\":\"v\"}")]
    public void Decode_NoContentTypeJsonLooking_ParsesJson(string? contentType, string body, string expected) =>
        TestNodeContext.AssertJsonEqual(expected, Decode(contentType, body));

    [Theory]
    [InlineData(null, "{broken")]
    [InlineData(null, "42")]
    [InlineData("text/plain", "{\"a\":1}")]
    [InlineData("text/html", "<p>hi</p>")]
    public void Decode_OtherwiseText_ReturnsBodyString(string? contentType, string body) =>
        Assert.Equal(body, Decode(contentType, body));
}
