using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>The saved-workflows API: versions, publish, rollback, runs pinned to a version, webhook trigger.</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkflowsApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Number(int value) => $$$"""{"nodes":[{"id":"a","type":"number","data":{"value":{{{value}}}}}]}""";

    private async Task<string> CreateAsync(int value = 1)
    {
        var response = await _client.PostAsync("/api/v1/workflows", Json($$"""{"name":"w","definition":{{Number(value)}}}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal($"/api/v1/workflows/{body.GetProperty("id").GetString()}", response.Headers.Location!.OriginalString);
        return body.GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> FinishedRunAsync(HttpResponseMessage started)
    {
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.OriginalString;
        for (var i = 0; i < 100; i++)
        {
            var run = await _client.GetFromJsonAsync<JsonElement>(location, Ct);
            if (run.GetProperty("status").GetString() is "completed" or "failed")
            {
                return run;
            }
            await Task.Delay(50, Ct);
        }
        throw new TimeoutException(location);
    }

    [Fact]
    public async Task Create_Get_ReturnsPublishedDefinition()
    {
        var id = await CreateAsync(5);

        var workflow = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{id}", Ct);

        Assert.Equal((1, 1), (workflow.GetProperty("latestVersion").GetInt32(), workflow.GetProperty("publishedVersion").GetInt32()));
        Assert.Equal(5, workflow.GetProperty("definition").GetProperty("nodes")[0].GetProperty("data").GetProperty("value").GetInt32());
    }

    [Theory]
    [InlineData("""{"definition":{"nodes":[]}}""", "name")]
    [InlineData("""{"name":"w"}""", "definition")]
    [InlineData("""{"name":"w","definition":[1]}""", "definition")]
    [InlineData("""{"name":"w","definition":{"nodes":[{"id":"x","type":"nope","data":{}}]}}""", "definition")]
    [InlineData("""{"id":"bad id!","name":"w","definition":{"nodes":[]}}""", "id")]
    public async Task Create_BadInput_Returns400NamingTheField(string body, string field)
    {
        var response = await _client.PostAsync("/api/v1/workflows", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Create_ExistingId_Returns409()
    {
        var id = $"wf-{Guid.NewGuid():N}";
        var body = $$"""{"id":"{{id}}","name":"w","definition":{{Number(1)}}}""";
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/api/v1/workflows", Json(body), Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync("/api/v1/workflows", Json(body), Ct)).StatusCode);
    }

    [Fact]
    public async Task UpdatePublishRollback_RunsFollowThePublishedVersion()
    {
        var id = await CreateAsync(1);
        var update = await _client.PutAsync($"/api/v1/workflows/{id}", Json($$"""{"name":"w2","definition":{{Number(2)}}}"""), Ct);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);

        var unpublished = await FinishedRunAsync(await _client.PostAsync($"/api/v1/workflows/{id}/runs", null, Ct));
        var publish = await _client.PostAsync($"/api/v1/workflows/{id}/publish", Json("""{"version":2}"""), Ct);
        var published = await FinishedRunAsync(await _client.PostAsync($"/api/v1/workflows/{id}/runs", Json("{}"), Ct));
        var rollback = await _client.PostAsync($"/api/v1/workflows/{id}/rollback", null, Ct);
        var rolledBack = await FinishedRunAsync(await _client.PostAsync($"/api/v1/workflows/{id}/runs", null, Ct));

        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        Assert.Equal(1, (await rollback.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("publishedVersion").GetInt32());
        Assert.Equal([1, 2, 1], [unpublished.GetProperty("finalOutput").GetInt32(), published.GetProperty("finalOutput").GetInt32(), rolledBack.GetProperty("finalOutput").GetInt32()]);
        var versions = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{id}/versions", Ct);
        Assert.Equal([(1, true), (2, false)], versions.EnumerateArray().Select(v => (v.GetProperty("version").GetInt32(), v.GetProperty("published").GetBoolean())));
        var v2 = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{id}/versions/2", Ct);
        Assert.Equal("w2", v2.GetProperty("name").GetString());
    }

    [Fact]
    public async Task StartRun_ReturnsThePinnedVersion_AndHonoursAnExplicitVersion()
    {
        var id = await CreateAsync(1);
        await _client.PutAsync($"/api/v1/workflows/{id}", Json($$"""{"name":"w","definition":{{Number(2)}},"publish":true}"""), Ct);

        var response = await _client.PostAsync($"/api/v1/workflows/{id}/runs", Json("""{"version":1,"inputs":{"x":1}}"""), Ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var run = await FinishedRunAsync(response);

        Assert.Equal(1, body.GetProperty("workflowVersion").GetInt32());
        Assert.Equal(1, run.GetProperty("finalOutput").GetInt32());
    }

    [Fact]
    public async Task Trigger_AnyJsonBody_IsTheInputNamedBody()
    {
        var definition = """
            {"nodes":[{"id":"a","type":"number","data":{"value":0}},{"id":"t","type":"expression","data":{"expression":"variables.body.amount * 2"}}],
             "edges":[{"id":"e","source":"a","target":"t"}]}
            """;
        var create = await _client.PostAsync("/api/v1/workflows", Json($$"""{"name":"hook","definition":{{definition}}}"""), Ct);
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        var run = await FinishedRunAsync(await _client.PostAsync($"/api/v1/workflows/{id}/trigger", Json("""{"amount":21}"""), Ct));

        Assert.Equal("completed", run.GetProperty("status").GetString());
        Assert.Equal(42, run.GetProperty("finalOutput").GetDouble());
    }

    [Fact]
    public async Task MissingWorkflow_Returns404Everywhere()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/workflows/none", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/v1/workflows/none/runs", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync("/api/v1/workflows/none/trigger", Json("{}"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync("/api/v1/workflows/none", Ct)).StatusCode);
    }

    [Fact]
    public async Task NoPublishedVersion_RunReturns409_RollbackWithoutHistoryReturns409()
    {
        var create = await _client.PostAsync("/api/v1/workflows", Json($$"""{"name":"w","definition":{{Number(1)}},"publish":false}"""), Ct);
        var id = (await create.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();

        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync($"/api/v1/workflows/{id}/runs", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await _client.PostAsync($"/api/v1/workflows/{id}/rollback", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.PostAsync($"/api/v1/workflows/{id}/publish", Json("""{"version":7}"""), Ct)).StatusCode);
    }

    [Fact]
    public async Task Delete_ThenListAndGet_NoLongerShowIt()
    {
        var id = await CreateAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/v1/workflows/{id}", Ct)).StatusCode);

        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/workflows", Ct);
        Assert.DoesNotContain(list.EnumerateArray(), w => w.GetProperty("id").GetString() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/workflows/{id}", Ct)).StatusCode);
    }
}
