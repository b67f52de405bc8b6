using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Identity;

/// <summary>JWT bearer tokens: the tenant and role come from their claims; a refused token says why, never echoing it.</summary>
public sealed class JwtAuthenticationTests(JwtApiFactory factory) : IClassFixture<JwtApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NoCredentials_AnonymousOff_Returns401Problem()
    {
        var response = await _client.GetAsync("/api/v1/runs", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("credentials", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidToken_ViewerRole_ReadsRuns()
    {
        var response = await _client.SendAsync(TestTokens.Request(HttpMethod.Get, "/api/v1/runs", TestTokens.For("default", "viewer")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ValidToken_RoleBelowRoute_Returns403NamingTheRole()
    {
        var request = TestTokens.Request(HttpMethod.Post, "/api/v1/runs", TestTokens.For("default", "viewer"));
        request.Content = JsonContent.Create(new { workflow = new { nodes = Array.Empty<object>(), edges = Array.Empty<object>() } });

        var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("'viewer'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenantRole_ClusterRoute_Returns403_InstallationOperatorReadsIt()
    {
        var admin = await _client.SendAsync(TestTokens.Request(HttpMethod.Get, "/api/v1/cluster", TestTokens.For("default", "admin")), Ct);
        var operatorOfInstallation = await _client.SendAsync(
            TestTokens.Request(HttpMethod.Get, "/api/v1/cluster", TestTokens.For("default", "installation-operator")), Ct);

        Assert.Equal(HttpStatusCode.Forbidden, admin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, operatorOfInstallation.StatusCode);
    }

    public static TheoryData<string, string> RefusedTokens => new()
    {
        { TestTokens.For("default", "viewer", lifetime: TimeSpan.FromMinutes(-10)), "expired" },
        { TestTokens.For("default", "viewer", audience: "someone-else"), "audience" },
        { TestTokens.For("default", "viewer", key: Convert.ToBase64String(new byte[32])), "signature" },
        { TestTokens.For("Not A Tenant", "viewer"), "'tenant' claim" },
        { TestTokens.For("default", "superuser"), "'role' claim" },
    };

    [Theory]
    [MemberData(nameof(RefusedTokens))]
    public async Task RefusedToken_Returns401SayingWhy_WithoutTheToken(string token, string reason)
    {
        var response = await _client.SendAsync(TestTokens.Request(HttpMethod.Get, "/api/v1/runs", token), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains(reason, body, StringComparison.Ordinal);
        Assert.DoesNotContain(token, body, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicRoutes_NoCredentials_StayOpen()
    {
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/openapi/v1.json", Ct)).StatusCode);
    }

    [Fact]
    public async Task UnmappedRoute_NoCredentials_IsNotOpen()
    {
        var response = await _client.GetAsync("/api/v1/no-such-route", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
