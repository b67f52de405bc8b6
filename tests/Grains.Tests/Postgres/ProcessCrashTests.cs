using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// Crash recovery for real: Silo processes and a Client host in client mode on PostgreSQL; runs with a delay and
/// HTTP calls are accepted; the silo is killed with SIGKILL and a new one started. Every accepted run completes and
/// no node that had completed before the kill executes again.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ProcessCrashTests(PostgresFixture fixture)
{
    private const int Runs = 6;

    [Fact]
    public async Task AcceptedRuns_SiloKilledWithSigkill_AllCompleteAndCompletedNodesNeverReExecute()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        var clusterId = "proc-" + Guid.NewGuid().ToString("N")[..8];
        var common = HostProcess.PostgresClusterEnvironment(connectionString, clusterId);
        var apiPort = HostProcess.FreePort();
        await using var siloA = HostProcess.Start("Silo", common);
        await using var siloB = HostProcess.Start("Silo", common);
        await using var api = HostProcess.Start("Client", new Dictionary<string, string>(common) { ["Thaiyyal__Mode"] = "Client", ["Thaiyyal__Auth__Anonymous"] = "loopback" },
            "--urls", $"http://127.0.0.1:{apiPort}");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}") };
        await ApiPolling.WaitForReadyAsync(http, api, TimeSpan.FromSeconds(60), ct);

        var runIds = new List<string>();
        for (var i = 0; i < Runs; i++)
        {
            var workflow = $$$"""
                {"nodes":[
                  {"id":"h1","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/r{{{i}}}-h1"}},
                  {"id":"wait","type":"delay","data":{"duration":"4s"}},
                  {"id":"h2","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/r{{{i}}}-h2"}}],
                 "edges":[{"id":"e1","source":"h1","target":"wait"},{"id":"e2","source":"wait","target":"h2"}]}
                """;
            using var content = new StringContent($$"""{"workflow": {{workflow}}}""", Encoding.UTF8, "application/json");
            var accepted = await http.PostAsync("/api/v1/runs", content, ct);
            Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
            runIds.Add((await accepted.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("runId").GetString()!);
        }
        // Every h1 is durable (its node grain wrote it) before the kill.
        foreach (var runId in runIds)
        {
            await PollAsync(http, runId, run => NodeStatus(run, "h1") == "completed", ct);
        }

        siloA.KillHard();
        await using var siloC = HostProcess.Start("Silo", common);
        var finished = new List<JsonElement>();
        foreach (var runId in runIds)
        {
            finished.Add(await PollAsync(http, runId, run => run.GetProperty("status").GetString() is "completed" or "failed" or "cancelled", ct, TimeSpan.FromSeconds(150)));
        }

        Assert.All(finished, run => Assert.Equal("completed", run.GetProperty("status").GetString()));
        for (var i = 0; i < Runs; i++)
        {
            Assert.Equal(1, server.CountOf($"/step/r{i}-h1"));
            Assert.Equal(1, server.CountOf($"/step/r{i}-h2"));
        }
    }

    private static string? NodeStatus(JsonElement run, string nodeId) =>
        run.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == nodeId).GetProperty("status").GetString();

    /// <summary>Reads a run through the API until <paramref name="done"/>; the API may answer errors while the cluster heals.</summary>
    private static Task<JsonElement> PollAsync(HttpClient http, string runId, Func<JsonElement, bool> done, CancellationToken ct, TimeSpan? timeout = null) =>
        ApiPolling.WaitForRunAsync(http, runId, done, timeout ?? TimeSpan.FromSeconds(60), ct);
}
