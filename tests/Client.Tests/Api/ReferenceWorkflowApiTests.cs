using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>The reference server's routes answer with the reference's shapes (HTTP_API.md §2).</summary>
[Collection(ApiCollection.Name)]
public sealed class ReferenceWorkflowApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Execute_ValidWorkflow_ReturnsSuccessWithResults()
    {
        var response = await _client.PostAsync("/api/v1/workflow/execute", Json(Workflows.TwoNumbers.Replace("{\"nodes\"", "{\"workflow_id\":\"wf-1\",\"nodes\"", StringComparison.Ordinal)), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(body.GetProperty("success").GetBoolean());
        var results = body.GetProperty("results");
        Assert.Equal("wf-1", results.GetProperty("workflow_id").GetString());
        Assert.Equal(3, results.GetProperty("node_results").GetProperty("a").GetDouble());
        Assert.Equal(4, results.GetProperty("final_output").GetDouble());
        Assert.False(results.TryGetProperty("errors", out _));
        Assert.False(string.IsNullOrEmpty(body.GetProperty("execution_time").GetString()));
    }

    [Fact]
    public async Task Execute_UndecodableNode_Returns400FailedToCreateEngine()
    {
        var response = await _client.PostAsync("/api/v1/workflow/execute", Json("""{"nodes":[{"id":"a","type":"number","data":{}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.False(body.GetProperty("success").GetBoolean());
        Assert.Equal("Failed to create engine", body.GetProperty("error").GetString());
        Assert.StartsWith("failed to parse payload:", body.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_Cycle_Returns500ExecutionFailed()
    {
        var cyclic = """{"nodes":[{"id":"a","type":"number","data":{"value":1}},{"id":"b","type":"number","data":{"value":2}}],"edges":[{"id":"e1","source":"a","target":"b"},{"id":"e2","source":"b","target":"a"}]}""";

        var response = await _client.PostAsync("/api/v1/workflow/execute", Json(cyclic), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Workflow execution failed", body.GetProperty("error").GetString());
        Assert.Equal("workflow contains cycles (circular dependencies)", body.GetProperty("details").GetString());
    }

    [Fact]
    public async Task Execute_UnknownType_FailsNamingNodeAndType()
    {
        var response = await _client.PostAsync("/api/v1/workflow/execute", Json("""{"nodes":[{"id":"r","type":"rangeNode","data":{}}]}"""), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("error executing node r: no executor registered for type: rangeNode", body.GetProperty("details").GetString());
    }

    [Theory]
    [InlineData("""{"nodes":[{"id":"a","type":"number","data":{"value":1}}]}""", true)]
    [InlineData("""{"nodes":[{"id":"a","type":"number","data":{}}]}""", false)]
    public async Task Validate_Payload_ReportsValidity(string payload, bool valid)
    {
        var body = await (await _client.PostAsync("/api/v1/workflow/validate", Json(payload), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(valid, body.GetProperty("valid").GetBoolean());
        Assert.Equal(!valid, body.TryGetProperty("error", out _));
    }

    [Fact]
    public async Task ReferenceRoute_CrossOriginUnconfigured_IsNotAllowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/workflow/execute");
        request.Headers.Add("Origin", "http://editor.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await _client.SendAsync(request, Ct);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin")); // Thaiyyal:Api:CorsOrigins opens it (CorsConfiguredTests)
    }
}
