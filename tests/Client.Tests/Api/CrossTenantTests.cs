using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Thaiyyal.Client.Identity;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>
/// Tenant B's admin, holding every id, cursor and stream name of tenant A, reads nothing of A's, writes nothing of
/// A's and cannot even tell A's ids from ids that were never used: each route answers B exactly as it answers B for a
/// missing id, and A's runs, workflows and schedules are unchanged afterwards.
/// </summary>
public sealed partial class CrossTenantTests(CrossTenantApiFactory factory) : IClassFixture<CrossTenantApiFactory>
{
    private const string NeverUsed = "00000000000000000000000000000000";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly HttpClient _a = factory.CreateClient("tenant-a", ThaiyyalRoles.Admin);

    private readonly HttpClient _b = factory.CreateClient("tenant-b", ThaiyyalRoles.Admin);

    [Fact]
    public async Task TenantB_EveryRouteWithTenantAsIds_AnswersAsForAMissingId_AndTenantAsThingsAreUnchanged()
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var workflowId = $"wf-a-{suffix}";
        var scheduleId = $"sch-a-{suffix}";
        var payloadWorkflow = $"payload-a-{suffix}";
        // Tenant A: a run parked on a wait_event, a saved workflow with a run of it, and a schedule of that workflow.
        var waitingRun = await StartRunAsync(_a, Workflows.TwoApprovals.Replace("{\"nodes\"", $"{{\"workflow_id\":\"{payloadWorkflow}\",\"nodes\"", StringComparison.Ordinal));
        await ApiRuns.WaitForAsync(_a, waitingRun, r => r.GetProperty("status").GetString() == "waiting", Ct);
        Assert.Equal(HttpStatusCode.Created, (await _a.PostAsync("/api/v1/workflows",
            Json($$"""{"id":"{{workflowId}}","name":"A's","definition":{{Workflows.TwoNumbers}}}"""), Ct)).StatusCode);
        var workflowRunResponse = await _a.PostAsync($"/api/v1/workflows/{workflowId}/runs", Json("{}"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, workflowRunResponse.StatusCode);
        var workflowRun = (await workflowRunResponse.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString()!;
        await ApiRuns.WaitForTerminalAsync(_a, workflowRun, Ct);
        Assert.Equal(HttpStatusCode.Created, (await _a.PostAsync("/api/v1/schedules",
            Json($$"""{"id":"{{scheduleId}}","workflowId":"{{workflowId}}","cron":"0 0 1 1 *"}"""), Ct)).StatusCode);
        // A's list has both runs (the index is written a moment after the events): its first page's cursor is A's.
        var aList = await PollAsync(() => GetJsonAsync(_a, "/api/v1/runs?limit=1"), list => RunIds(list).Count == 1 && list.GetProperty("nextCursor").ValueKind == JsonValueKind.String);
        var cursor = aList.GetProperty("nextCursor").GetString()!;
        Assert.Single(RunIds(await GetJsonAsync(_a, $"/api/v1/runs?limit=1&cursor={cursor}"))); // a real cursor of A's
        var before = await SnapshotAsync(_a, waitingRun, workflowId, scheduleId);

        // B, with every id of A's: the same answer as for an id nobody ever used, status and body.
        (HttpMethod Method, string Path, string? Body)[] runRoutes =
        [
            (HttpMethod.Get, "/api/v1/runs/{id}", null),
            (HttpMethod.Get, "/api/v1/runs/{id}/nodes/first", null),
            (HttpMethod.Get, "/api/v1/runs/{id}/history", null),
            (HttpMethod.Get, "/api/v1/runs/{id}/history?after=1", null),
            (HttpMethod.Post, "/api/v1/runs/{id}/cancel", null),
            (HttpMethod.Post, "/api/v1/runs/{id}/signals/approval", """{"by":"tenant-b"}"""),
        ];
        (HttpMethod Method, string Path, string? Body)[] workflowRoutes =
        [
            (HttpMethod.Get, "/api/v1/workflows/{id}", null),
            (HttpMethod.Put, "/api/v1/workflows/{id}", $$"""{"name":"B's","definition":{{Workflows.TwoNumbers}},"publish":true}"""),
            (HttpMethod.Get, "/api/v1/workflows/{id}/versions", null),
            (HttpMethod.Get, "/api/v1/workflows/{id}/versions/1", null),
            (HttpMethod.Post, "/api/v1/workflows/{id}/publish", """{"version":1}"""),
            (HttpMethod.Post, "/api/v1/workflows/{id}/rollback", null),
            (HttpMethod.Post, "/api/v1/workflows/{id}/runs", "{}"),
            (HttpMethod.Post, "/api/v1/workflows/{id}/trigger", """{"from":"tenant-b"}"""),
            (HttpMethod.Get, "/api/v1/workflow/load/{id}", null),
            (HttpMethod.Post, "/api/v1/workflow/execute/{id}", null),
            (HttpMethod.Delete, "/api/v1/workflow/delete/{id}", null),
            (HttpMethod.Delete, "/api/v1/workflows/{id}", null),
        ];
        (HttpMethod Method, string Path, string? Body)[] scheduleRoutes =
        [
            (HttpMethod.Get, "/api/v1/schedules/{id}", null),
            (HttpMethod.Get, "/api/v1/schedules/{id}/next", null),
            (HttpMethod.Get, "/api/v1/schedules/{id}/history", null),
            (HttpMethod.Put, "/api/v1/schedules/{id}", $$"""{"workflowId":"{{workflowId}}","cron":"* * * * *"}"""),
            (HttpMethod.Post, "/api/v1/schedules/{id}/pause", null),
            (HttpMethod.Post, "/api/v1/schedules/{id}/resume", null),
            (HttpMethod.Post, "/api/v1/schedules/{id}/trigger", null),
            (HttpMethod.Delete, "/api/v1/schedules/{id}", null),
        ];
        var walked = 0;
        foreach (var (routes, id) in new[] { (runRoutes, waitingRun), (runRoutes, workflowRun), (workflowRoutes, workflowId), (scheduleRoutes, scheduleId) })
        {
            foreach (var (method, path, body) in routes)
            {
                var theirs = await SendAsync(_b, method, path.Replace("{id}", id, StringComparison.Ordinal), body);
                var missing = await SendAsync(_b, method, path.Replace("{id}", NeverUsed, StringComparison.Ordinal), body);
                Assert.True(theirs.Status == HttpStatusCode.NotFound, $"{method} {path} with A's id answered B {(int)theirs.Status}: {theirs.Body}");
                Assert.Equal(Normalized(missing.Body, NeverUsed), Normalized(theirs.Body, id));
                walked++;
            }
        }
        Assert.Equal(2 * runRoutes.Length + workflowRoutes.Length + scheduleRoutes.Length, walked);

        // A run's live events: 404 before any stream opens.
        using (var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/runs/{waitingRun}/events"))
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            using var response = await _b.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        // Lists and paging: none of A's ids, also with A's cursor and A's workflow ids as filters.
        string[] aIds = [waitingRun, workflowRun];
        foreach (var path in new[]
        {
            "/api/v1/runs", $"/api/v1/runs?cursor={cursor}", $"/api/v1/runs?limit=1&cursor={cursor}",
            $"/api/v1/runs?workflow={payloadWorkflow}", $"/api/v1/runs?workflow={payloadWorkflow}&cursor={cursor}",
        })
        {
            var list = await GetJsonAsync(_b, path);
            Assert.Empty(RunIds(list).Intersect(aIds));
        }
        Assert.Empty(RunIds(await GetJsonAsync(_b, $"/api/v1/runs?workflow={payloadWorkflow}")));
        Assert.DoesNotContain(workflowId, (await GetJsonAsync(_b, "/api/v1/workflows")).EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        Assert.DoesNotContain(workflowId, (await GetJsonAsync(_b, "/api/v1/workflow/list")).GetProperty("workflows").EnumerateArray().Select(w => w.GetProperty("id").GetString()));
        Assert.DoesNotContain(scheduleId, (await GetJsonAsync(_b, "/api/v1/schedules")).EnumerateArray().Select(s => s.GetProperty("id").GetString()));

        // B's own schedule naming A's workflow fires into nothing, exactly as one naming a workflow nobody saved.
        var theirsFire = await TriggerOwnScheduleAsync(_b, $"sch-b-{suffix}", workflowId);
        var missingFire = await TriggerOwnScheduleAsync(_b, $"sch-b-missing-{suffix}", NeverUsed);
        Assert.Equal(("failed", $"No workflow has id '{workflowId}'."), theirsFire);
        Assert.Equal(("failed", $"No workflow has id '{NeverUsed}'."), missingFire);

        // Afterwards A's things are as they were: no write of B's reached them.
        var after = await SnapshotAsync(_a, waitingRun, workflowId, scheduleId);
        Assert.Equal(before, after);
        var signal = await _a.PostAsync($"/api/v1/runs/{waitingRun}/signals/approval", Json("""{"by":"tenant-a"}"""), Ct);
        Assert.Equal(HttpStatusCode.Accepted, signal.StatusCode);
        Assert.Equal(1, (await signal.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("seq").GetInt64()); // B's signal was never stored
        var resumed = await ApiRuns.WaitForAsync(_a, waitingRun, r => r.GetProperty("nodes")[1].GetProperty("status").GetString() == "waiting", Ct);
        Assert.Equal("tenant-a", resumed.GetProperty("nodes")[0].GetProperty("result").GetProperty("by").GetString());
    }

    [Fact]
    public async Task SameIdempotencyKey_InTwoTenants_StartsTwoRuns_NotAReusedKey()
    {
        var key = "cross-tenant-" + Guid.NewGuid().ToString("N");
        var aRun = await StartRunAsync(_a, Workflows.TwoApprovals, key);
        await ApiRuns.WaitForAsync(_a, aRun, r => r.GetProperty("status").GetString() == "waiting", Ct);

        var bRun = await StartRunAsync(_b, Workflows.TwoNumbers, key); // another request under A's key: B's own first

        var b = await ApiRuns.WaitForTerminalAsync(_b, bRun, Ct);
        Assert.Equal("completed", b.GetProperty("status").GetString());
        Assert.Equal(aRun, bRun); // the id is the key's, in each tenant: two runs, one per tenant
        Assert.Equal("waiting", (await GetJsonAsync(_a, $"/api/v1/runs/{aRun}")).GetProperty("status").GetString());
        Assert.Equal(2, (await GetJsonAsync(_b, $"/api/v1/runs/{bRun}")).GetProperty("nodes").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, (await _a.PostAsync($"/api/v1/runs/{aRun}/cancel", null, Ct)).StatusCode);
        Assert.Equal("completed", (await GetJsonAsync(_b, $"/api/v1/runs/{bRun}")).GetProperty("status").GetString()); // A's cancel was A's run only
    }

    [Fact]
    public async Task SameWorkflowId_InTwoTenants_EachCreatesAndSeesItsOwn()
    {
        var id = "shared-" + Guid.NewGuid().ToString("N")[..12];
        var aCreate = await _a.PostAsync("/api/v1/workflows", Json(NumberWorkflow(id, "A's", 1)), Ct);
        var bCreate = await _b.PostAsync("/api/v1/workflows", Json(NumberWorkflow(id, "B's", 2)), Ct);
        var bAgain = await _b.PostAsync("/api/v1/workflows", Json(NumberWorkflow(id, "B's again", 3)), Ct);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (aCreate.StatusCode, bCreate.StatusCode));
        Assert.Equal(HttpStatusCode.Conflict, bAgain.StatusCode); // B's own id is taken now, by B
        Assert.Equal("A's", (await GetJsonAsync(_a, $"/api/v1/workflows/{id}")).GetProperty("name").GetString());
        Assert.Equal("B's", (await GetJsonAsync(_b, $"/api/v1/workflows/{id}")).GetProperty("name").GetString());
        Assert.Equal(["A's"], (await GetJsonAsync(_a, "/api/v1/workflows")).EnumerateArray().Where(w => w.GetProperty("id").GetString() == id).Select(w => w.GetProperty("name").GetString()));
        Assert.Equal(["B's"], (await GetJsonAsync(_b, "/api/v1/workflows")).EnumerateArray().Where(w => w.GetProperty("id").GetString() == id).Select(w => w.GetProperty("name").GetString()));
        var aResult = await _a.PostAsync($"/api/v1/workflow/execute/{id}", null, Ct);
        var bResult = await _b.PostAsync($"/api/v1/workflow/execute/{id}", null, Ct);
        Assert.Equal(1, (await aResult.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("results").GetProperty("final_output").GetDouble());
        Assert.Equal(2, (await bResult.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("results").GetProperty("final_output").GetDouble());

        Assert.Equal(HttpStatusCode.NoContent, (await _b.DeleteAsync($"/api/v1/workflows/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _b.GetAsync($"/api/v1/workflows/{id}", Ct)).StatusCode);
        Assert.Equal("A's", (await GetJsonAsync(_a, $"/api/v1/workflows/{id}")).GetProperty("name").GetString());
    }

    [Fact]
    public async Task TenantB_AllEventsStream_CarriesNoneOfTenantAsEvents()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        var marker = "b-marker-" + Guid.NewGuid().ToString("N");
        var aWorkflow = "a-live-" + Guid.NewGuid().ToString("N");
        await using var aFeed = await LiveFeed.OpenAsync(_a, timeout.Token);
        await using var bFeed = await LiveFeed.OpenAsync(_b, timeout.Token);

        // A's run, start to end, while both feeds listen; then a run of B's, whose end closes B's reading.
        var aRun = await StartRunAsync(_a, Workflows.TwoNumbers.Replace("{\"nodes\"", $"{{\"workflow_id\":\"{aWorkflow}\",\"nodes\"", StringComparison.Ordinal));
        var aSeen = await aFeed.ReadUntilAsync(m => m.Event == "RunCompleted" && m.RunId == aRun, timeout.Token);
        var bRun = await StartRunAsync(_b, Workflows.TwoNumbers.Replace("{\"nodes\"", $"{{\"workflow_id\":\"{marker}\",\"nodes\"", StringComparison.Ordinal));
        var bSeen = await bFeed.ReadUntilAsync(m => m.Event == "RunCompleted" && m.RunId == bRun, timeout.Token);

        Assert.Contains(aSeen, m => m.RunId == aRun && m.Event == "RunStarted"); // A's stream did carry A's run
        Assert.DoesNotContain(bSeen, m => m.RunId == aRun || m.Data.Contains(aWorkflow, StringComparison.Ordinal));
        Assert.Equal(["RunStarted", "NodeStarted", "NodeCompleted", "NodeStarted", "NodeCompleted", "RunCompleted"], bSeen.Where(m => m.RunId == bRun).Select(m => m.Event));
        Assert.DoesNotContain(aSeen, m => m.RunId == bRun);
    }

    private static string NumberWorkflow(string id, string name, int value) =>
        $$$"""{"id":"{{{id}}}","name":"{{{name}}}","definition":{"nodes":[{"id":"n","type":"number","data":{"value":{{{value}}}}}],"edges":[]}}""";

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static async Task<string> StartRunAsync(HttpClient client, string workflow, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs") { Content = Json(Workflows.StartBody(workflow)) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }
        using var response = await client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString()!;
    }

    private static Task<JsonElement> GetJsonAsync(HttpClient client, string path) => client.GetFromJsonAsync<JsonElement>(path, Ct);

    private static async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpClient client, HttpMethod method, string path, string? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Json(body) };
        using var response = await client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The body with the id it names replaced and the per-request trace id dropped.</summary>
    private static string Normalized(string body, string id) =>
        TraceId().Replace(body.Replace(id, "{id}", StringComparison.Ordinal), "");

    [GeneratedRegex("\"traceId\":\"[^\"]*\",?")]
    private static partial Regex TraceId();

    private static List<string> RunIds(JsonElement list) =>
        [.. list.GetProperty("runs").EnumerateArray().Select(r => r.GetProperty("runId").GetString()!)];

    private static async Task<JsonElement> PollAsync(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }
            Assert.True(DateTime.UtcNow < until, $"not reached: {value}");
            await Task.Delay(50, Ct);
        }
    }

    /// <summary>Everything tenant A can read of its runs, workflow and schedule, as text.</summary>
    private static async Task<string[]> SnapshotAsync(HttpClient a, string runId, string workflowId, string scheduleId) =>
    [
        string.Join(",", RunIds(await GetJsonAsync(a, "/api/v1/runs?limit=500"))),
        await a.GetStringAsync("/api/v1/workflows", Ct),
        await a.GetStringAsync("/api/v1/schedules", Ct),
        await a.GetStringAsync($"/api/v1/runs/{runId}", Ct),
        await a.GetStringAsync($"/api/v1/runs/{runId}/history", Ct),
        await a.GetStringAsync($"/api/v1/workflows/{workflowId}", Ct),
        await a.GetStringAsync($"/api/v1/workflows/{workflowId}/versions", Ct),
        await a.GetStringAsync($"/api/v1/workflow/load/{workflowId}", Ct),
        await a.GetStringAsync($"/api/v1/schedules/{scheduleId}", Ct),
        await a.GetStringAsync($"/api/v1/schedules/{scheduleId}/history", Ct),
    ];

    /// <summary>Creates a paused schedule of the caller's for <paramref name="workflowId"/>, fires it by hand, and returns the fire's outcome and detail.</summary>
    private static async Task<(string? Outcome, string? Detail)> TriggerOwnScheduleAsync(HttpClient client, string scheduleId, string workflowId)
    {
        var created = await client.PostAsync("/api/v1/schedules", Json($$"""{"id":"{{scheduleId}}","workflowId":"{{workflowId}}","cron":"0 0 1 1 *","paused":true}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var trigger = await client.PostAsync($"/api/v1/schedules/{scheduleId}/trigger", null, Ct);
        Assert.Equal(HttpStatusCode.OK, trigger.StatusCode);
        var fire = (await trigger.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fire");
        return (fire.GetProperty("outcome").GetString(), fire.GetProperty("detail").GetString());
    }

    /// <summary><c>GET /api/v1/events</c> of one caller, read from the moment the host says it has subscribed.</summary>
    private sealed class LiveFeed(HttpResponseMessage response, StreamReader reader) : IAsyncDisposable
    {
        public sealed record Message(string? Event, string? RunId, string Data);

        public static async Task<LiveFeed> OpenAsync(HttpClient client, CancellationToken cancellationToken)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
            var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            response.EnsureSuccessStatusCode();
            var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
            while (await reader.ReadLineAsync(cancellationToken) is { } line && line != ": subscribed")
            {
            }
            return new LiveFeed(response, reader);
        }

        /// <summary>Every message up to and including the first that <paramref name="last"/> accepts.</summary>
        public async Task<List<Message>> ReadUntilAsync(Func<Message, bool> last, CancellationToken cancellationToken)
        {
            var messages = new List<Message>();
            string? type = null, data = null;
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    type = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    data = line[6..];
                }
                else if (line.Length == 0 && data is not null)
                {
                    using var json = JsonDocument.Parse(data);
                    var message = new Message(type, json.RootElement.GetProperty("runId").GetString(), data);
                    messages.Add(message);
                    (type, data) = (null, null);
                    if (last(message))
                    {
                        return messages;
                    }
                }
            }
            throw new InvalidOperationException("the event stream ended");
        }

        public ValueTask DisposeAsync()
        {
            reader.Dispose();
            response.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
