using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>
/// A run's home region through the API. The embedded silo is in the default region, so a run asking for another
/// region runs there anyway (its region has no silo) and says so.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RunRegionsApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task StartRun_WithRegion_RunIdAndRunCarryTheHomeRegion_NodesTheRegionTheyRanIn()
    {
        var response = await _client.PostAsync("/api/v1/runs?wait=true", Json($$"""{"workflow": {{Workflows.TwoNumbers}}, "region": "eu-west"}"""), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.StartsWith("eu-west.", run.GetProperty("runId").GetString(), StringComparison.Ordinal);
        Assert.Equal("eu-west", run.GetProperty("homeRegion").GetString());
        Assert.All(run.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("default", n.GetProperty("executedInRegion").GetString()));
        var read = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{run.GetProperty("runId").GetString()}", Ct);
        Assert.Equal("eu-west", read.GetProperty("homeRegion").GetString());
    }

    [Fact]
    public async Task StartRun_WithoutRegion_HomeIsTheHostsRegion()
    {
        var response = await _client.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(Workflows.TwoNumbers)), Ct);

        var run = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("default", run.GetProperty("homeRegion").GetString());
        Assert.Matches("^[0-9a-f]{32}$", run.GetProperty("runId").GetString());
    }

    [Theory]
    [InlineData("\"EU\"")]
    [InlineData("\"eu.west\"")]
    [InlineData("42")]
    public async Task StartRun_BadRegion_Returns400NamingTheField(string region)
    {
        var response = await _client.PostAsync("/api/v1/runs", Json($$"""{"workflow": {{Workflows.TwoNumbers}}, "region": {{region}}}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("region", out _));
    }

    [Fact]
    public async Task StartSavedWorkflowRun_WithRegion_RunIdCarriesIt()
    {
        var saved = await _client.PostAsync("/api/v1/workflows", Json($$"""{"name":"regional","definition":{{Workflows.TwoNumbers}}}"""), Ct);
        var workflowId = (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        var started = await _client.PostAsync($"/api/v1/workflows/{workflowId}/runs", Json("""{"region": "ap-south"}"""), Ct);
        var bad = await _client.PostAsync($"/api/v1/workflows/{workflowId}/runs", Json("""{"region": "AP"}"""), Ct);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.StartsWith("ap-south.", (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
