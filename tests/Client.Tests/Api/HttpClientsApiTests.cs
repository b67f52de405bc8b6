using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>Named HTTP clients: the reference's routes, and http nodes using a registered client through the whole stack.</summary>
public sealed class HttpClientsApiTests(LoopbackAllowedApiFactory factory) : IClassFixture<LoopbackAllowedApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string BearerClient(string uid, string baseUrl, string token) =>
        JsonSerializer.Serialize(new { config = new { uid, base_url = baseUrl, auth = new { type = "bearer", token = new { token } } } });

    [Fact]
    public async Task Register_ThenList_ShowsUidButNoSecret()
    {
        var uid = $"client-{Guid.NewGuid():N}";
        var response = await _client.PostAsync("/api/v1/httpclient/register",
            Json(BearerClient(uid, "https://api.example", "s3cret-token")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(uid, registered.GetProperty("uid").GetString());
        var list = await _client.GetStringAsync("/api/v1/httpclient/list", Ct);
        Assert.Contains(uid, list, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-token", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_SameUidTwice_Returns409()
    {
        var body = $$$"""{"config":{"uid":"dup-{{{Guid.NewGuid():N}}}"}}""";
        await _client.PostAsync("/api/v1/httpclient/register", Json(body), Ct);

        var second = await _client.PostAsync("/api/v1/httpclient/register", Json(body), Ct);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var error = (await second.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString();
        Assert.StartsWith("Failed to register HTTP client: client with UID", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{}""", "config is required")]
    [InlineData("""{"config":{"description":"no uid"}}""", "Failed to create HTTP client: invalid config: client UID is required")]
    [InlineData("""{"config":{"uid":"u","auth":{"type":"basic","basic_auth":{"password":"p"}}}}""", "Failed to create HTTP client: invalid config: username is required for basic auth")]
    public async Task Register_InvalidConfig_Returns400WithReferenceText(string body, string expected)
    {
        var response = await _client.PostAsync("/api/v1/httpclient/register", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task HttpNode_WithRegisteredClient_CallsWithItsAuthAndAnIdempotencyKey()
    {
        await using var server = await LoopbackHttpServer.StartAsync();
        var uid = $"svc-{Guid.NewGuid():N}";
        await _client.PostAsync("/api/v1/httpclient/register",
            Json(BearerClient(uid, server.BaseUrl, "t0ken")), Ct);
        var workflow = $$$"""{"nodes":[{"id":"call","type":"http","data":{"url":"/greeting","http_client_uid":"{{{uid}}}"}}]}""";

        var run = await (await _client.PostAsync("/api/v1/runs?wait=true", Json($$"""{"workflow": {{workflow}}}"""), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal("hello", run.GetProperty("finalOutput").GetProperty("message").GetString());
        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer t0ken", request.Authorization);
        Assert.Equal($"{run.GetProperty("runId").GetString()}/call/1", request.IdempotencyKey);
    }

    [Fact]
    public async Task HttpNode_ToMetadataAddress_FailsWithTheSsrfError()
    {
        var workflow = """{"nodes":[{"id":"call","type":"http","data":{"url":"http://169.254.169.254/latest/meta-data"}}]}""";

        var run = await (await _client.PostAsync("/api/v1/runs?wait=true", Json($$"""{"workflow": {{workflow}}}"""), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.StartsWith("error executing node call: URL validation failed:", run.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
    }
}
