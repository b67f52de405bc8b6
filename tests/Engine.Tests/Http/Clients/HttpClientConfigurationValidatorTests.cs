using Thaiyyal.Grains.Engine.Http.Clients;

namespace Thaiyyal.Engine.Tests.Http.Clients;

public sealed class HttpClientConfigurationValidatorTests
{
    private static HttpClientConfiguration With(HttpClientAuth auth) => new() { Uid = "c1", Auth = auth };

    public static TheoryData<HttpClientConfiguration, string> Invalid => new()
    {
        { new HttpClientConfiguration { Uid = "" }, "client UID is required" },
        { With(new HttpClientAuth { Type = "oauth" }), "invalid auth_type: oauth (must be one of: none, basic, bearer, apikey)" },
        { With(new HttpClientAuth { Type = "basic", Password = "p" }), "username is required for basic auth" },
        { With(new HttpClientAuth { Type = "basic", Username = "u" }), "password is required for basic auth" },
        { With(new HttpClientAuth { Type = "bearer" }), "token is required for bearer auth" },
        { With(new HttpClientAuth { Type = "apikey", ApiKeyValue = "v", ApiKeyLocation = "header" }), "api_key.key is required for apikey auth" },
        { With(new HttpClientAuth { Type = "apikey", ApiKeyName = "k", ApiKeyLocation = "header" }), "api_key.value is required for apikey auth" },
        { With(new HttpClientAuth { Type = "apikey", ApiKeyName = "k", ApiKeyValue = "v", ApiKeyLocation = "cookie" }), "api_key.location must be 'header' or 'query'" },
        { new HttpClientConfiguration { Uid = "c1", Timeout = TimeSpan.FromSeconds(-1) }, "timeout cannot be negative" },
        { new HttpClientConfiguration { Uid = "c1", Security = new HttpClientSecurity { MaxRedirects = -1 } }, "max_redirects cannot be negative" },
        { new HttpClientConfiguration { Uid = "c1", Security = new HttpClientSecurity { MaxResponseSize = -1 } }, "max_response_size cannot be negative" },
        { new HttpClientConfiguration { Uid = "c1", BaseUrl = "ftp://x" }, "base_url must be an absolute http or https URL" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Validate_InvalidConfiguration_ReturnsReferenceText(HttpClientConfiguration config, string expected) =>
        Assert.Equal(expected, HttpClientConfigurationValidator.Validate(config));

    [Theory]
    [InlineData("")]
    [InlineData("none")]
    public void Validate_NoAuth_IsValid(string type) =>
        Assert.Null(HttpClientConfigurationValidator.Validate(With(new HttpClientAuth { Type = type })));

    [Fact]
    public void Validate_CompleteApiKeyClient_IsValid() =>
        Assert.Null(HttpClientConfigurationValidator.Validate(new HttpClientConfiguration
        {
            Uid = "c1",
            BaseUrl = "https://api.example.com/v1",
            Auth = new HttpClientAuth { Type = "apikey", ApiKeyName = "X-Key", ApiKeyValue = "v", ApiKeyLocation = "query" },
        }));
}
