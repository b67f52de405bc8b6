using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class HostEndpointsTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_EmbeddedSiloUp_Returns200(string path)
    {
        var response = await _client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheRunsApi()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/runs", out _));
        Assert.True(paths.TryGetProperty("/api/v1/runs/{runId}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/workflow/execute", out _));
    }

    [Fact]
    public async Task ApiPage_Served_ReturnsHtml()
    {
        var response = await _client.GetAsync("/api-docs", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }
}
