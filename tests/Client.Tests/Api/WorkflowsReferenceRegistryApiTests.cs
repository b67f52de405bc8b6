using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>The reference server's registry routes (save, list, load, delete, execute/{id}) with its shapes (HTTP_API.md §2).</summary>
[Collection(ApiCollection.Name)]
public sealed class WorkflowsReferenceRegistryApiTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private async Task<string> SaveAsync(string data = """{"nodes":[{"id":"a","type":"number","data":{"value":3}},{"id":"b","type":"number","data":{"value":4}}],"edges":[{"id":"e","source":"a","target":"b"}]}""")
    {
        var response = await _client.PostAsync("/api/v1/workflow/save", Json($$"""{"name":"ref","description":"d","data":{{data}}}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal("Workflow saved successfully", body.GetProperty("message").GetString());
        var id = body.GetProperty("id").GetString()!;
        Assert.True(Guid.TryParse(id, out _));
        return id;
    }

    [Fact]
    public async Task SaveLoad_RoundTripsTheData_AndIsTheSameWorkflowInTheNativeApi()
    {
        var id = await SaveAsync();

        var load = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/workflow/load/{id}", Ct);
        var native = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{id}", Ct);

        Assert.True(load.GetProperty("success").GetBoolean());
        var workflow = load.GetProperty("workflow");
        Assert.Equal((id, "ref", "d"), (workflow.GetProperty("id").GetString(), workflow.GetProperty("name").GetString(), workflow.GetProperty("description").GetString()));
        Assert.Equal(2, workflow.GetProperty("data").GetProperty("nodes").GetArrayLength());
        Assert.EndsWith("Z", workflow.GetProperty("created_at").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, "ref"), (native.GetProperty("publishedVersion").GetInt32(), native.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task List_ShowsSavedWorkflowsWithCount()
    {
        var id = await SaveAsync();

        var list = await _client.GetFromJsonAsync<JsonElement>("/api/v1/workflow/list", Ct);

        Assert.True(list.GetProperty("success").GetBoolean());
        Assert.Equal(list.GetProperty("workflows").GetArrayLength(), list.GetProperty("count").GetInt32());
        var entry = list.GetProperty("workflows").EnumerateArray().Single(w => w.GetProperty("id").GetString() == id);
        Assert.False(entry.TryGetProperty("data", out _));
        Assert.True(entry.TryGetProperty("updated_at", out _));
    }

    [Theory]
    [InlineData("""{"data":{}}""", "Failed to save workflow: workflow name is required")]
    [InlineData("""{"name":"n"}""", "Failed to save workflow: workflow data is required")]
    [InlineData("""{"name":5,"data":{}}""", "Failed to parse request")]
    [InlineData("""not json""", "Failed to parse request")]
    public async Task Save_BadRequest_Returns400WithReferenceError(string body, string error)
    {
        var response = await _client.PostAsync("/api/v1/workflow/save", Json(body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((false, error), (json.GetProperty("success").GetBoolean(), json.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task LoadAndDelete_Missing_Return404WithReferenceError()
    {
        var load = await _client.GetAsync("/api/v1/workflow/load/nope", Ct);
        var delete = await _client.DeleteAsync("/api/v1/workflow/delete/nope", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (load.StatusCode, delete.StatusCode));
        Assert.Equal("workflow with ID nope not found", (await load.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Delete_Saved_Returns200ThenLoadIs404()
    {
        var id = await SaveAsync();

        var delete = await _client.DeleteAsync($"/api/v1/workflow/delete/{id}", Ct);

        Assert.Equal(HttpStatusCode.OK, delete.StatusCode);
        Assert.Equal("Workflow deleted successfully", (await delete.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/api/v1/workflow/load/{id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task ExecuteSaved_ReturnsReferenceResultWithWorkflowIdAndName()
    {
        var id = await SaveAsync();

        var response = await _client.PostAsync($"/api/v1/workflow/execute/{id}", null, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((true, id, "ref"), (body.GetProperty("success").GetBoolean(), body.GetProperty("workflow_id").GetString(), body.GetProperty("workflow_name").GetString()));
        Assert.Equal(3, body.GetProperty("results").GetProperty("node_results").GetProperty("a").GetDouble());
        Assert.Equal(4, body.GetProperty("results").GetProperty("final_output").GetDouble());
    }

    [Fact]
    public async Task ExecuteSaved_Missing_Returns404FailedToLoad()
    {
        var response = await _client.PostAsync("/api/v1/workflow/execute/nope", null, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Failed to load workflow", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task ExecuteSaved_UndecodableDraft_Returns400FailedToCreateEngine()
    {
        var id = await SaveAsync("""{"nodes":[{"id":"a","type":"number","data":{}}]}""");

        var response = await _client.PostAsync($"/api/v1/workflow/execute/{id}", null, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Failed to create engine", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetString());
    }
}
