using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Http.Clients;

public sealed class HttpClientConfigurationReaderTests
{
    private static HttpClientConfigurationReadResult Read(string json) => HttpClientConfigurationReader.Read(JsonValues.Parse(json));

    [Fact]
    public void Read_FullWireForm_MapsEveryField()
    {
        var config = Read("""
            {"uid":"api","description":"d","base_url":"https://api.example.com",
             "auth":{"type":"apikey","api_key":{"key":"X-Key","value":"v","location":"header"}},
             "network":{"timeout":5000000000},
             "security":{"max_redirects":3,"max_response_size":1024,"follow_redirects":false,"allow_private_ips":true,"allowed_domains":["api.example.com"]},
             "headers":[{"key":"X-A","value":"1"}],"query_params":[{"key":"q","value":"2"}]}
            """).Configuration;

        Assert.NotNull(config);
        Assert.Equal("api", config.Uid);
        Assert.Equal("https://api.example.com", config.BaseUrl);
        Assert.Equal("X-Key", config.Auth.ApiKeyName);
        Assert.Equal("header", config.Auth.ApiKeyLocation);
        Assert.Equal(TimeSpan.FromSeconds(5), config.Timeout);
        Assert.Equal(3, config.Security.MaxRedirects);
        Assert.Equal(1024, config.Security.MaxResponseSize);
        Assert.False(config.Security.FollowRedirects);
        Assert.True(config.Security.AllowPrivateIps);
        Assert.Equal(["api.example.com"], config.Security.AllowedDomains);
        Assert.Equal(new HttpKeyValue("X-A", "1"), Assert.Single(config.Headers));
        Assert.Equal(new HttpKeyValue("q", "2"), Assert.Single(config.QueryParams));
        Assert.Null(HttpClientConfigurationValidator.Validate(config));
    }

    [Fact]
    public void Read_StringTimeout_IsAGoDuration()
    {
        var config = Read("""{"uid":"a","network":{"timeout":"1m30s"}}""").Configuration;
        Assert.Equal(TimeSpan.FromSeconds(90), config!.Timeout);
    }

    [Theory]
    [InlineData("""{"uid":"a","auth":{"type":"basic"}}""", "basic_auth configuration is required for basic auth")]
    [InlineData("""{"uid":"a","auth":{"type":"bearer"}}""", "token configuration is required for bearer auth")]
    [InlineData("""{"uid":"a","auth":{"type":"apikey"}}""", "api_key configuration is required for apikey auth")]
    public void Read_AuthWithoutItsObject_ReturnsReferenceConfigError(string json, string expected)
    {
        var result = Read(json);
        Assert.Null(result.Configuration);
        Assert.Equal(expected, result.ConfigError);
    }

    [Fact]
    public void Read_NoUidAndIncompleteAuth_LeavesUidErrorToValidator()
    {
        var result = Read("""{"auth":{"type":"basic"}}""");
        Assert.Equal("client UID is required", HttpClientConfigurationValidator.Validate(result.Configuration!));
    }

    [Theory]
    [InlineData("""{"uid":5}""", "uid must be a string")]
    [InlineData("""{"uid":"a","headers":{}}""", "headers must be an array")]
    [InlineData("""{"uid":"a","security":{"max_redirects":"x"}}""", "max_redirects must be a number")]
    [InlineData("""[]""", "config must be an object")]
    public void Read_WrongShape_ReturnsParseError(string json, string expected)
    {
        var result = Read(json);
        Assert.Null(result.Configuration);
        Assert.Equal(expected, result.ParseError);
    }
}
