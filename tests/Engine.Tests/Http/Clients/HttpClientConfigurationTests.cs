using Thaiyyal.Grains.Engine.Http.Clients;

namespace Thaiyyal.Engine.Tests.Http.Clients;

public sealed class HttpClientConfigurationTests
{
    private static readonly HttpClientConfiguration Secretive = new()
    {
        Uid = "payments",
        BaseUrl = "https://pay.example.com",
        Auth = new HttpClientAuth { Type = "basic", Username = "svc", Password = "hunter2-password" },
        Headers = [new HttpKeyValue("X-Token", "header-secret-value")],
        QueryParams = [new HttpKeyValue("sig", "query-secret-value")],
    };

    [Fact]
    public void ToString_NeverContainsSecrets()
    {
        var texts = new[]
        {
            Secretive.ToString(), Secretive.Auth.ToString(), Secretive.ToSummary().ToString(), Secretive.Headers[0].ToString(),
            new HttpClientAuth { Type = "bearer", Token = "bearer-secret-value" }.ToString(),
            new HttpClientAuth { Type = "apikey", ApiKeyName = "X-Key", ApiKeyValue = "apikey-secret-value", ApiKeyLocation = "header" }.ToString(),
        };
        foreach (var text in texts)
        {
            Assert.DoesNotContain("secret-value", text, StringComparison.Ordinal);
            Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
        }
        Assert.Contains("payments", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ToSummary_ListsNamesOnly()
    {
        var summary = Secretive.ToSummary();
        Assert.Equal("basic", summary.AuthType);
        Assert.Equal(["X-Token"], summary.HeaderNames);
        Assert.Equal(["sig"], summary.QueryParamNames);
    }

    [Fact]
    public void Defaults_AreTheReferenceValues()
    {
        var config = new HttpClientConfiguration { Uid = "x" };
        Assert.Equal(TimeSpan.FromSeconds(30), config.EffectiveTimeout);
        Assert.Equal(10, config.Security.EffectiveMaxRedirects);
        Assert.Equal(10 * 1024 * 1024, config.Security.EffectiveMaxResponseSize);
        Assert.True(config.Security.FollowRedirects);
        Assert.Equal("none", config.Auth.EffectiveType);
    }
}
