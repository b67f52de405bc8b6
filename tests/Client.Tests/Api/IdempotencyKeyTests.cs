using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>
/// <c>Idempotency-Key</c>: a client that sends a start or a signal again (after a timeout, a 503, a webhook retry)
/// gets what the first made, never a second run or a second signal; the key reused for another request is a 409.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyKeyTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewKey() => "key-" + Guid.NewGuid().ToString("N");

    private Task<HttpResponseMessage> PostAsync(string path, string? body, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = body is null ? null : new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }
        return _client.SendAsync(request, Ct);
    }

    private static async Task<string> RunIdOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("runId").GetString()!;
    }

    [Fact]
    public async Task StartRun_SameKeySameRequest_ReturnsTheFirstRun()
    {
        var key = NewKey();
        var body = Workflows.StartBody(Workflows.TwoNumbers);

        var first = await RunIdOf(await PostAsync("/api/v1/runs", body, key));
        var finished = await ApiRuns.WaitForTerminalAsync(_client, first, Ct);
        var again = await RunIdOf(await PostAsync("/api/v1/runs", body, key));
        var other = await RunIdOf(await PostAsync("/api/v1/runs", body, NewKey()));

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        var after = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/runs/{first}", Ct);
        Assert.Equal(finished.GetProperty("completedAt").GetString(), after.GetProperty("completedAt").GetString()); // not run twice
    }

    [Fact]
    public async Task StartRun_SameKeyOtherRequest_Is409()
    {
        var key = NewKey();
        await RunIdOf(await PostAsync("/api/v1/runs", Workflows.StartBody(Workflows.TwoNumbers), key));

        var response = await PostAsync("/api/v1/runs", Workflows.StartBody("""{"nodes":[{"id":"n","type":"number","data":{"value":1}}]}"""), key);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Idempotency key reused", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("naïve")]
    [InlineData("tab\there")]
    [InlineData(null)] // 256 characters, one too many

    public async Task StartRun_UnusableKey_Is400(string? key)
    {
        key ??= new string('k', 256);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs")
        {
            Content = new StringContent(Workflows.StartBody(Workflows.TwoNumbers), Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Idempotency-Key", (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task WebhookTrigger_SameDeliveryKey_StartsOneRun()
    {
        var created = await PostAsync("/api/v1/workflows", """{"name":"hook","definition":{"nodes":[{"id":"a","type":"number","data":{"value":3}}]}}""", null);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString();
        var key = NewKey();

        var first = await RunIdOf(await PostAsync($"/api/v1/workflows/{id}/trigger", """{"order":1}""", key));
        var again = await RunIdOf(await PostAsync($"/api/v1/workflows/{id}/trigger", """{"order":1}""", key));
        var unkeyed = await RunIdOf(await PostAsync($"/api/v1/workflows/{id}/trigger", """{"order":1}""", null));
        var reused = await PostAsync($"/api/v1/workflows/{id}/trigger", """{"order":2}""", key);

        Assert.Equal(first, again);
        Assert.NotEqual(first, unkeyed);
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
    }

    [Fact]
    public async Task Signal_SentTwiceWithOneKey_IsStoredOnce()
    {
        var runId = await RunIdOf(await PostAsync("/api/v1/runs", Workflows.StartBody(Workflows.TwoApprovals), null));
        var key = NewKey();

        var sent = await PostAsync($"/api/v1/runs/{runId}/signals/approval", """{"n":1}""", key);
        var resent = await PostAsync($"/api/v1/runs/{runId}/signals/approval", """{"n":1}""", key);
        var reused = await PostAsync($"/api/v1/runs/{runId}/signals/approval", """{"n":2}""", key);

        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, resent.StatusCode);
        Assert.Equal("true", resent.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, (await resent.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("seq").GetInt64());
        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        // One signal arrived: the first node has it, and the run parks again on the second, which waits for another
        // (had the repeat been stored too, the second would have taken it and the run would have completed).
        var run = await ApiRuns.WaitForAsync(_client, runId, r => Node(r, "first").GetProperty("status").GetString() == "completed"
            && r.GetProperty("status").GetString() != "running", Ct);
        Assert.Equal(("waiting", "waiting"), (run.GetProperty("status").GetString(), Node(run, "second").GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync($"/api/v1/runs/{runId}/signals/approval", """{"n":3}""", NewKey())).StatusCode);
        var finished = await ApiRuns.WaitForTerminalAsync(_client, runId, Ct);
        Assert.Equal(3, Node(finished, "second").GetProperty("result").GetProperty("n").GetInt32());
    }

    private static JsonElement Node(JsonElement run, string nodeId) =>
        run.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == nodeId);
}
