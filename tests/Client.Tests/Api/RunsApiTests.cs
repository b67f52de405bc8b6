using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

[Collection(ApiCollection.Name)]
public sealed class RunsApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task StartRun_ValidWorkflow_Returns202WithLocationAndRunCompletes()
    {
        var response = await _client.PostAsync("/api/v1/runs", Json(Workflows.StartBody(Workflows.TwoNumbers)), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var runId = body.GetProperty("runId").GetString()!;
        Assert.Equal($"/api/v1/runs/{runId}", response.Headers.Location!.OriginalString);
        var run = await WaitForTerminalAsync(runId);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(4, run.GetProperty("finalOutput").GetDouble());
    }

    [Fact]
    public async Task StartRun_WaitTrue_Returns200WithFinishedRunAndNodes()
    {
        var response = await _client.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(Workflows.TwoNumbers, """{"a": 40}""")), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var run = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        var nodes = run.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("nodeId").GetString()!);
        Assert.Equal(40, nodes["a"].GetProperty("result").GetDouble());
        Assert.Equal("completed", nodes["b"].GetProperty("status").GetString());
        Assert.True(nodes["b"].GetProperty("completedAt").GetDateTimeOffset() >= nodes["a"].GetProperty("completedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task GetNode_KnownNode_ReturnsItsResult()
    {
        var run = await (await _client.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(Workflows.TwoNumbers)), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);
        var runId = run.GetProperty("runId").GetString();

        var node = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}/nodes/a", Ct);
        var missing = await _client.GetAsync($"/api/v1/runs/{runId}/nodes/zzz", Ct);

        Assert.Equal(3, node.GetProperty("result").GetDouble());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task GetRun_UnknownId_Returns404ProblemDetails()
    {
        var response = await _client.GetAsync($"/api/v1/runs/{Guid.NewGuid():N}", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task StartRun_MalformedJson_Returns400ProblemDetails()
    {
        var response = await _client.PostAsync("/api/v1/runs", Json("{\"workflow\": {"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Malformed JSON", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("""{"nodes":[{"id":"a","type":"rangeNode","data":{}}]}""", "node 'a' has unknown type 'rangeNode'")]
    [InlineData("""{"nodes":[{"id":"a","type":"number","data":{}}]}""", "failed to unmarshal data for node a (type number): missing required field: value")]
    [InlineData("""{"nodes":[{"id":"a","type":"number","data":{"value":1}}],"edges":[{"id":"e1","source":"a","target":"ghost"}]}""", "edge 'e1' has target 'ghost', which is not a node")]
    [InlineData("""{"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}],"edges":[{"id":"e1","source":"a","target":"b"},{"id":"e2","source":"b","target":"a"}]}""", "workflow contains a cycle: a -> b -> a")]
    public async Task StartRun_InvalidWorkflow_Returns400NamingTheProblem(string workflow, string expected)
    {
        var response = await _client.PostAsync("/api/v1/runs", Json(Workflows.StartBody(workflow)), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(expected, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartRun_BodyWithoutWorkflow_Returns400()
    {
        var response = await _client.PostAsync("/api/v1/runs", Json("""{"nodes": []}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task StartRun_BodyOverLimit_Returns413()
    {
        var padding = new string(' ', 11 * 1024 * 1024);
        var response = await _client.PostAsync("/api/v1/runs", Json(Workflows.StartBody(Workflows.TwoNumbers) + padding), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task CancelRun_UnknownRun_Returns404()
    {
        var response = await _client.PostAsync($"/api/v1/runs/{Guid.NewGuid():N}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task CancelRun_FinishedRun_StaysCompleted()
    {
        var run = await (await _client.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(Workflows.TwoNumbers)), Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        var cancelled = await (await _client.PostAsync($"/api/v1/runs/{run.GetProperty("runId").GetString()}/cancel", null, Ct))
            .Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("completed", cancelled.GetProperty("status").GetString());
    }

    private async Task<JsonElement> WaitForTerminalAsync(string runId)
    {
        for (var i = 0; i < 200; i++)
        {
            var run = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}", Ct);
            if (run.GetProperty("status").GetString() is "completed" or "failed" or "cancelled")
            {
                return run;
            }
            await Task.Delay(50, Ct);
        }
        throw new TimeoutException($"run {runId} did not finish");
    }
}
