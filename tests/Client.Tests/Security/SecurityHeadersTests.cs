using System.Net;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Security;

[Collection(ApiCollection.Name)]
public sealed class SecurityHeadersTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/api/v1/runs", "default-src 'none'; frame-ancestors 'none'")]
    [InlineData("/api-docs", "default-src 'self'")]
    [InlineData("/dashboard/", "default-src 'self'")]
    public async Task Response_AnyRoute_CarriesSecurityHeaders(string path, string policyStart)
    {
        var response = await _client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith(policyStart, policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorsPreflight_ForeignOriginByDefault_IsNotAllowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/runs");
        request.Headers.Add("Origin", "http://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await _client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
