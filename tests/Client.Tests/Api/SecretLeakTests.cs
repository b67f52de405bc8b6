using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Events;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>
/// A secret's value reaches the server it is meant for and nothing else: workflows use a distinctive canary value in
/// a URL query, headers, a body and a named client's bearer token — succeeding, failing on a 500, on an unknown host,
/// on a refused connection, and failing in a node after the request, against a server that echoes the canary back —
/// and every API response (runs, nodes, history, SSE, lists, workflows and versions, secrets, clients), every log line
/// of the host and its silo, and every span's tags, events and status is searched for it.
/// </summary>
public sealed class SecretLeakTests(SecretLeakApiFactory factory) : IClassFixture<SecretLeakApiFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Canary_UsedByPassingAndFailingWorkflows_AppearsOnlyAtTheEchoServer()
    {
        var canary = $"CANARY{Guid.NewGuid():N}";
        var name = $"leak_{Guid.NewGuid():N}";
        var reference = $"{{{{secret:{name}}}}}";
        await using var echo = await EchoHttpServer.StartAsync();
        var spans = new ConcurrentQueue<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = a => spans.Enqueue(Describe(a)),
        };
        ActivitySource.AddActivityListener(listener);
        var http = factory.CreateClient();
        var outputs = new List<(string Where, string Text)>();
        using var liveFeed = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var live = ReadLiveEventsAsync(http, liveFeed.Token);

        var put = await http.PutAsync($"/api/v1/secrets/{name}", Json(JsonSerializer.Serialize(new { value = canary })), Ct);
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        outputs.Add(("PUT secret", await put.Content.ReadAsStringAsync(Ct)));
        var uid = $"leaky-{Guid.NewGuid():N}";
        var register = await http.PostAsync("/api/v1/httpclient/register", Json(JsonSerializer.Serialize(new
        {
            config = new
            {
                uid,
                base_url = echo.BaseUrl,
                auth = new { type = "bearer", token = new { token = reference } },
                headers = new[] { new { key = "X-Client-Key", value = reference } },
                query_params = new[] { new { key = "client_key", value = reference } },
            },
        })), Ct);
        Assert.Equal(HttpStatusCode.Created, register.StatusCode);
        outputs.Add(("register client", await register.Content.ReadAsStringAsync(Ct)));
        var closedPort = ClosedLoopbackPort();

        var workflows = new Dictionary<string, (string Workflow, string Status)>
        {
            ["query"] = (Http("call", $"{echo.BaseUrl}/echo?token={reference}"), "completed"),
            ["header and body"] = (Http("call", $"{echo.BaseUrl}/echo", "POST",
                new Dictionary<string, string> { ["X-Api-Key"] = reference, ["Content-Type"] = "application/json" },
                $$"""{"password":"{{reference}}"}"""), "completed"),
            ["named client"] = (Http("call", "/echo", clientUid: uid), "completed"),
            ["server 500"] = (Http("call", $"{echo.BaseUrl}/fail?token={reference}", headers: new Dictionary<string, string> { ["X-Api-Key"] = reference }), "failed"),
            ["unknown host"] = (Http("call", $"http://thaiyyal-leak-test.invalid/x?token={reference}"), "failed"),
            ["connection refused"] = (Http("call", $"http://127.0.0.1:{closedPort}/x?token={reference}"), "failed"),
            ["node fails after the request"] = ($$$"""
                {"nodes":[{"id":"call","type":"http","data":{"url":"{{{echo.BaseUrl}}}/echo?token={{{reference}}}"}},
                          {"id":"two","type":"number","data":{"value":2}},
                          {"id":"sum","type":"operation","data":{"op":"add"}}],
                 "edges":[{"id":"e1","source":"call","target":"sum"},{"id":"e2","source":"two","target":"sum"}]}
                """, "failed"),
        };
        var runIds = new List<string>();
        foreach (var (label, (workflow, expected)) in workflows)
        {
            var started = await http.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(workflow)), Ct);
            var text = await started.Content.ReadAsStringAsync(Ct);
            outputs.Add(($"start {label}", text));
            var run = JsonDocument.Parse(text).RootElement;
            Assert.True(expected == run.GetProperty("status").GetString(), $"{label}: {text}");
            runIds.Add(run.GetProperty("runId").GetString()!);
        }
        var saved = await http.PostAsync("/api/v1/workflows", Json($$"""{"name":"leaky","definition":{{workflows["header and body"].Workflow}}}"""), Ct);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var workflowId = (await saved.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        var savedRun = await http.PostAsync($"/api/v1/workflows/{workflowId}/runs?wait=true", Json("{}"), Ct);
        var savedRunText = await savedRun.Content.ReadAsStringAsync(Ct);
        outputs.Add(("start saved workflow", savedRunText));
        runIds.Add(JsonDocument.Parse(savedRunText).RootElement.GetProperty("runId").GetString()!);

        foreach (var runId in runIds)
        {
            var run = await ApiRuns.WaitForTerminalAsync(http, runId, Ct);
            outputs.Add(($"run {runId}", run.GetRawText()));
            foreach (var node in run.GetProperty("nodes").EnumerateArray())
            {
                outputs.Add(($"node {runId}", await http.GetStringAsync($"/api/v1/runs/{runId}/nodes/{node.GetProperty("nodeId").GetString()}", Ct)));
            }
            outputs.Add(($"history {runId}", await http.GetStringAsync($"/api/v1/runs/{runId}/history", Ct)));
            outputs.Add(($"events {runId}", await ReadRunEventsAsync(http, runId)));
        }
        foreach (var path in new[]
                 {
                     "/api/v1/runs?limit=100", "/api/v1/secrets", "/api/v1/httpclient/list", "/api/v1/workflows", $"/api/v1/workflows/{workflowId}",
                     $"/api/v1/workflows/{workflowId}/versions", $"/api/v1/workflows/{workflowId}/versions/1", "/api/v1/workflow/list",
                 })
        {
            outputs.Add((path, await http.GetStringAsync(path, Ct)));
        }
        await liveFeed.CancelAsync();
        outputs.Add(("/api/v1/events", await live));

        // The canary went where it was meant to: query, headers, body, and the named client's token, query and header.
        var received = string.Join("\n\n", echo.Received);
        Assert.Contains($"token={canary}", received, StringComparison.Ordinal);
        Assert.Contains($"X-Api-Key: {canary}", received, StringComparison.Ordinal);
        Assert.Contains($"{{\"password\":\"{canary}\"}}", received, StringComparison.Ordinal);
        Assert.Contains($"Authorization: Bearer {canary}", received, StringComparison.Ordinal);
        Assert.Contains($"client_key={canary}", received, StringComparison.Ordinal);
        Assert.Contains($"X-Client-Key: {canary}", received, StringComparison.Ordinal);
        // ... and nowhere else. The echoed body is the remote server's data: the node's result keeps the reference.
        Assert.Contains(outputs, o => o.Text.Contains(name, StringComparison.Ordinal) && o.Where.StartsWith("start query", StringComparison.Ordinal));
        Assert.All(outputs, o => Assert.False(o.Text.Contains(canary, StringComparison.Ordinal), $"{o.Where} shows the secret: {o.Text}"));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(canary, StringComparison.Ordinal));
        Assert.NotEmpty(factory.Logs.Lines);
        Assert.DoesNotContain(spans, s => s.Contains(canary, StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Contains("/echo", StringComparison.Ordinal)); // the outbound calls were traced
    }

    [Fact]
    public async Task UnknownSecret_FailsTheNodeNamingTheSecret()
    {
        var http = factory.CreateClient();
        var workflow = Http("call", "http://127.0.0.1:9/x?token={{secret:NO_SUCH_SECRET}}");

        var run = await (await http.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(workflow)), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        var error = run.GetProperty("nodes")[0].GetProperty("error").GetString();
        Assert.StartsWith("secret not found: \"NO_SUCH_SECRET\"", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecretInUrlPath_IsRefused()
    {
        var http = factory.CreateClient();
        var name = $"path_{Guid.NewGuid():N}";
        await http.PutAsync($"/api/v1/secrets/{name}", Json("""{"value":"in-the-path"}"""), Ct);
        var workflow = Http("call", $"http://127.0.0.1:9/{{{{secret:{name}}}}}/x");

        var run = await (await http.PostAsync("/api/v1/runs?wait=true", Json(Workflows.StartBody(workflow)), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Contains("allowed in a URL's query only", run.GetProperty("nodes")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static string Http(string id, string url, string? method = null, Dictionary<string, string>? headers = null, string? body = null, string? clientUid = null)
    {
        var data = new Dictionary<string, object> { ["url"] = url };
        if (method is not null)
        {
            data["method"] = method;
        }
        if (headers is not null)
        {
            data["headers"] = headers;
        }
        if (body is not null)
        {
            data["body"] = body;
        }
        if (clientUid is not null)
        {
            data["http_client_uid"] = clientUid;
        }
        return JsonSerializer.Serialize(new { nodes = new[] { new { id, type = "http", data } } });
    }

    private static async Task<string> ReadRunEventsAsync(HttpClient http, string runId)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var text = new StringBuilder();
        await foreach (var message in SseClient.ReadAsync(http, $"/api/v1/runs/{runId}/events", null, timeout.Token))
        {
            text.Append(message.Event).Append(' ').AppendLine(message.Data.GetRawText());
        }
        return text.ToString();
    }

    private static async Task<string> ReadLiveEventsAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        try
        {
            await foreach (var message in SseClient.ReadAsync(http, "/api/v1/events", null, cancellationToken))
            {
                text.Append(message.Event).Append(' ').AppendLine(message.Data.GetRawText());
            }
        }
        catch (OperationCanceledException)
        {
            // the test stops the feed when its runs are done
        }
        return text.ToString();
    }

    private static string Describe(Activity activity) =>
        $"{activity.Source.Name} {activity.OperationName} {activity.DisplayName} {activity.StatusDescription} " +
        string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}")) + " " +
        string.Join(" ", activity.Events.Select(e => $"{e.Name} {string.Join(" ", e.Tags.Select(t => $"{t.Key}={t.Value}"))}")) + " " +
        string.Join(" ", activity.Baggage.Select(b => $"{b.Key}={b.Value}"));

    private static int ClosedLoopbackPort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
