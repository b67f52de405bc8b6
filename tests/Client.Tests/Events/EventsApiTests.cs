using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Events;

[Collection(ApiCollection.Name)]
public sealed class EventsApiTests(ThaiyyalApiFactory factory)
{
    private const int ChainLength = 20;

    /// <summary>RunStarted, NodeStarted and NodeCompleted per node, RunCompleted.</summary>
    private const int ChainEvents = 2 + (2 * ChainLength);

    private static string Chain(int length)
    {
        var nodes = Enumerable.Range(1, length).Select(i => "{\"id\":\"n" + i + "\",\"type\":\"number\",\"data\":{\"value\":" + i + "}}");
        var edges = Enumerable.Range(1, length - 1).Select(i => $$"""{"id":"e{{i}}","source":"n{{i}}","target":"n{{i + 1}}"}""");
        return $$"""{"workflow_id":"wf-chain","nodes":[{{string.Join(",", nodes)}}],"edges":[{{string.Join(",", edges)}}]}""";
    }

    private static async Task<string> StartAsync(HttpClient http, string workflow, bool wait = false)
    {
        using var content = new StringContent(Workflows.StartBody(workflow), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(wait ? "/api/v1/runs?wait=true" : "/api/v1/runs", content, TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return body.GetProperty("runId").GetString()!;
    }

    private static async Task<List<SseClient.Message>> ReadAllAsync(HttpClient http, string path, string? lastEventId = null, int? take = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var messages = new List<SseClient.Message>();
        await foreach (var message in SseClient.ReadAsync(http, path, lastEventId, timeout.Token))
        {
            messages.Add(message);
            if (messages.Count == take)
            {
                break; // disconnects
            }
        }
        return messages;
    }

    [Fact]
    public async Task Events_TwentyNodeRun_YieldsEveryEventInOrderOnceThenCloses()
    {
        var http = factory.CreateClient();
        var runId = await StartAsync(http, Chain(ChainLength));

        var messages = await ReadAllAsync(http, $"/api/v1/runs/{runId}/events");

        Assert.Equal(Enumerable.Range(1, ChainEvents).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), messages.Select(m => m.Id));
        Assert.Equal("RunStarted", messages[0].Event);
        Assert.Equal("RunCompleted", messages[^1].Event);
        Assert.All(messages, m => Assert.Equal(runId, m.Data.GetProperty("runId").GetString()));
        Assert.Equal(ChainLength, messages.Count(m => m.Event == "NodeCompleted"));
        Assert.Equal(20, messages[^1].Data.GetProperty("result").GetDouble());
    }

    [Fact]
    public async Task Events_SlowRun_StreamsLiveEventsInOrderOnce()
    {
        var http = factory.CreateClient();
        var nodes = string.Join(",", Enumerable.Range(1, 10).Select(i => "{\"id\":\"d" + i + "\",\"type\":\"delay\",\"data\":{\"duration\":\"150ms\"}}"));
        var edges = string.Join(",", Enumerable.Range(1, 9).Select(i => "{\"id\":\"e" + i + "\",\"source\":\"d" + i + "\",\"target\":\"d" + (i + 1) + "\"}"));
        var runId = await StartAsync(http, "{\"nodes\":[" + nodes + "],\"edges\":[" + edges + "]}");

        var messages = await ReadAllAsync(http, $"/api/v1/runs/{runId}/events");

        Assert.Equal(Enumerable.Range(1, 22).Select(i => (long)i), messages.Select(m => m.Data.GetProperty("seq").GetInt64()));
        Assert.Equal("RunCompleted", messages[^1].Event);
    }

    [Fact]
    public async Task Events_ReconnectWithLastEventId_YieldsExactlyTheRest()
    {
        var http = factory.CreateClient();
        var runId = await StartAsync(http, Chain(ChainLength));

        var first = await ReadAllAsync(http, $"/api/v1/runs/{runId}/events", take: ChainEvents / 2);
        var rest = await ReadAllAsync(http, $"/api/v1/runs/{runId}/events", lastEventId: first[^1].Id);

        Assert.Equal(ChainEvents / 2, first.Count);
        Assert.Equal(
            Enumerable.Range(1, ChainEvents).Select(i => (long)i),
            first.Concat(rest).Select(m => m.Data.GetProperty("seq").GetInt64()));
        Assert.Equal("RunCompleted", rest[^1].Event);
    }

    [Fact]
    public async Task Events_AfterRunEnded_YieldsFullHistoryAndCloses()
    {
        var http = factory.CreateClient();
        var runId = await StartAsync(http, Chain(5), wait: true);

        var messages = await ReadAllAsync(http, $"/api/v1/runs/{runId}/events");

        Assert.Equal(12, messages.Count);
        Assert.Equal("RunCompleted", messages[^1].Event);
    }

    [Fact]
    public async Task Events_LastEventIdAtTheEnd_ClosesWithNothing()
    {
        var http = factory.CreateClient();
        var runId = await StartAsync(http, Chain(2), wait: true);

        var messages = await ReadAllAsync(http, $"/api/v1/runs/{runId}/events", lastEventId: "6");

        Assert.Empty(messages);
    }

    [Fact]
    public async Task Events_ConcurrentRuns_NeverMix()
    {
        var http = factory.CreateClient();
        var runIds = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => StartAsync(http, Chain(8))));

        var feeds = await Task.WhenAll(runIds.Select(id => ReadAllAsync(http, $"/api/v1/runs/{id}/events")));

        for (var i = 0; i < runIds.Length; i++)
        {
            Assert.All(feeds[i], m => Assert.Equal(runIds[i], m.Data.GetProperty("runId").GetString()));
            Assert.Equal(Enumerable.Range(1, 18).Select(n => (long)n), feeds[i].Select(m => m.Data.GetProperty("seq").GetInt64()));
        }
    }

    [Fact]
    public async Task Events_UnknownRun_Is404()
    {
        var http = factory.CreateClient();

        using var response = await http.GetAsync($"/api/v1/runs/{Guid.NewGuid():N}/events", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task History_FinishedRun_ReturnsOrderedEvents()
    {
        var http = factory.CreateClient();
        var runId = await StartAsync(http, Chain(3), wait: true);

        var history = await http.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{runId}/history", TestContext.Current.CancellationToken);

        Assert.Equal([1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L], history.EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()));
        Assert.Equal("NodeCompleted", history[2].GetProperty("type").GetString());
        Assert.Equal("n1", history[2].GetProperty("nodeId").GetString());
        Assert.Equal(1, history[2].GetProperty("result").GetDouble());
    }

    [Fact]
    public async Task AllEvents_RunStartedAfterSubscribing_AreStreamed()
    {
        var http = factory.CreateClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var workflow = "wf-live-" + Guid.NewGuid().ToString("N");
        var received = new List<SseClient.Message>();
        await using var feed = SseClient.ReadAsync(http, $"/api/v1/events?workflow={workflow}", null, timeout.Token).GetAsyncEnumerator(timeout.Token);
        // The feed writes a comment once subscribed; the first MoveNext starts the request.
        var first = feed.MoveNextAsync().AsTask();
        await Task.Delay(500, TestContext.Current.CancellationToken);
        var runId = await StartAsync(http, Chain(2).Replace("wf-chain", workflow, StringComparison.Ordinal));
        if (await first)
        {
            received.Add(feed.Current);
        }
        while (received.Count == 0 || received[^1].Event != "RunCompleted")
        {
            Assert.True(await feed.MoveNextAsync());
            received.Add(feed.Current);
        }

        Assert.All(received, m => Assert.Equal(runId, m.Data.GetProperty("runId").GetString()));
        Assert.Equal($"{runId}/6", received[^1].Id);
    }

    [Fact]
    public async Task ListRuns_AfterRuns_PagesNewestFirstWithFilters()
    {
        var http = factory.CreateClient();
        var workflow = "wf-list-" + Guid.NewGuid().ToString("N");
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await StartAsync(http, Chain(1).Replace("wf-chain", workflow, StringComparison.Ordinal), wait: true));
        }

        var page1 = await http.GetFromJsonAsync<JsonElement>($"/api/v1/runs?workflow={workflow}&limit=2", TestContext.Current.CancellationToken);
        var cursor = page1.GetProperty("nextCursor").GetString();
        var page2 = await http.GetFromJsonAsync<JsonElement>($"/api/v1/runs?workflow={workflow}&limit=2&cursor={cursor}", TestContext.Current.CancellationToken);
        var failed = await http.GetFromJsonAsync<JsonElement>($"/api/v1/runs?workflow={workflow}&status=failed", TestContext.Current.CancellationToken);

        var listed = page1.GetProperty("runs").EnumerateArray().Concat(page2.GetProperty("runs").EnumerateArray()).ToList();
        Assert.Equal(Enumerable.Reverse(ids), listed.Select(r => r.GetProperty("runId").GetString()));
        Assert.All(listed, r => Assert.Equal("completed", r.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("nextCursor").ValueKind);
        Assert.Empty(failed.GetProperty("runs").EnumerateArray());
    }

    [Fact]
    public async Task Metrics_AfterRun_ExposeRunCounters()
    {
        var http = factory.CreateClient();
        await StartAsync(http, Chain(2), wait: true);

        var text = await http.GetStringAsync("/metrics", TestContext.Current.CancellationToken);

        Assert.Contains("thaiyyal_runs_started", text, StringComparison.Ordinal);
        Assert.Contains("thaiyyal_runs_completed", text, StringComparison.Ordinal);
        Assert.Contains("thaiyyal_node_duration", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Page_Answers200()
    {
        var http = factory.CreateClient();

        using var response = await http.GetAsync("/dashboard/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
