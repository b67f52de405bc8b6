using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary><c>POST /api/v1/runs/{runId}/signals/{name}</c> against a run with a <c>wait_event</c> node.</summary>
[Collection(ApiCollection.Name)]
public sealed class RunSignalsApiTests(ThaiyyalApiFactory factory)
{
    private const string Approval = """
        {"nodes":[{"id":"ask","type":"wait_event","data":{"event":"approval","timeout":"1m"}},
                  {"id":"approved","type":"number","data":{"value":1}},
                  {"id":"expired","type":"number","data":{"value":0}}],
         "edges":[{"id":"e1","source":"ask","target":"approved","sourceHandle":"event"},
                  {"id":"e2","source":"ask","target":"expired","sourceHandle":"timeout"}]}
        """;

    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Signal_WaitingRun_Returns202AndTheRunResumesWithThePayload()
    {
        var runId = await StartAsync(Approval);
        await PollAsync(runId, run => run.GetProperty("status").GetString() == "waiting");

        var response = await _client.PostAsync($"/api/v1/runs/{runId}/signals/approval", Json("""{"by":"ana"}"""), Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(1, receipt.GetProperty("seq").GetInt64());
        Assert.Equal("waiting", receipt.GetProperty("runStatus").GetString());
        var run = await PollAsync(runId, r => r.GetProperty("status").GetString() == "completed");
        var nodes = run.GetProperty("nodes").EnumerateArray().ToDictionary(n => n.GetProperty("nodeId").GetString()!);
        Assert.Equal("ana", nodes["ask"].GetProperty("result").GetProperty("by").GetString());
        Assert.Equal("approval", nodes["ask"].GetProperty("waitSignal").GetString());
        Assert.Equal("completed", nodes["approved"].GetProperty("status").GetString());
        Assert.Equal("skipped", nodes["expired"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Signal_EmptyBody_DeliversNull()
    {
        var runId = await StartAsync(Approval);

        var response = await _client.PostAsync($"/api/v1/runs/{runId}/signals/approval", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var run = await PollAsync(runId, r => r.GetProperty("status").GetString() == "completed");
        Assert.Equal(JsonValueKind.Null, run.GetProperty("nodes")[0].GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task Signal_FinishedRun_Returns409ProblemAndChangesNothing()
    {
        var runId = await StartAsync(Workflows.TwoNumbers);
        var before = await PollAsync(runId, r => r.GetProperty("status").GetString() == "completed");

        var response = await _client.PostAsync($"/api/v1/runs/{runId}/signals/approval", Json("{}"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Run already finished", problem.GetProperty("title").GetString());
        Assert.Equal("completed", problem.GetProperty("runStatus").GetString());
        var after = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}", Ct);
        Assert.Equal(before.GetProperty("completedAt").GetString(), after.GetProperty("completedAt").GetString());
    }

    [Fact]
    public async Task Signal_UnknownRun_Returns404()
    {
        var response = await _client.PostAsync($"/api/v1/runs/{Guid.NewGuid():N}/signals/approval", Json("{}"), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Signal_MalformedJson_Returns400AndTheRunKeepsWaiting()
    {
        var runId = await StartAsync(Approval);

        var response = await _client.PostAsync($"/api/v1/runs/{runId}/signals/approval", Json("{oops"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var run = await PollAsync(runId, r => r.GetProperty("status").GetString() == "waiting");
        Assert.Equal("waiting", run.GetProperty("nodes")[0].GetProperty("status").GetString());
    }

    private async Task<string> StartAsync(string workflow)
    {
        var response = await _client.PostAsync("/api/v1/runs", Json(Workflows.StartBody(workflow)), Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString()!;
    }

    private Task<JsonElement> PollAsync(string runId, Func<JsonElement, bool> condition) => ApiRuns.WaitForAsync(_client, runId, condition, Ct);
}
