using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Grains.Tests.Postgres;

namespace Thaiyyal.Grains.Tests.Cluster;

/// <summary>
/// Silo processes in regions and one Client host in client mode, on PostgreSQL and loopback only, as
/// <c>deploy/local-cluster.sh</c> runs them. The tests drive it through the HTTP API only.
/// </summary>
internal sealed class ProcessCluster : IAsyncDisposable
{
    private readonly Dictionary<string, string> _common;
    private readonly List<SiloProcess> _silos = [];
    private HostProcess _api = null!;

    private ProcessCluster(Dictionary<string, string> common) => _common = common;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>Silos started by this cluster that are still running.</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos.Where(s => !s.Process.HasExited).ToList();

    public string ApiOutput => _api.Output;

    /// <summary>For a failure message: what the client host and each silo logged (Warning and above), each cut short.</summary>
    public string DescribeLogs(int charsEach = 4000)
    {
        static string Cut(string text, int max) => text.Length <= max ? text : text[..max] + $"\n[... {text.Length - max} more chars]";
        var parts = new List<string> { "--- client host:\n" + Cut(_api.Output, charsEach) };
        parts.AddRange(_silos.Select((s, i) => $"--- silo {i} ({s.Region}):\n" + Cut(s.Process.Output, charsEach)));
        return string.Join("\n", parts);
    }

    /// <summary>Starts a silo per entry of <paramref name="siloRegions"/>, then the API host; <paramref name="settings"/> go to every process.</summary>
    public static async Task<ProcessCluster> StartAsync(
        string connectionString, IEnumerable<string> siloRegions, CancellationToken ct, IReadOnlyDictionary<string, string>? settings = null)
    {
        var clusterId = "regions-" + Guid.NewGuid().ToString("N")[..8];
        var environment = HostProcess.PostgresClusterEnvironment(connectionString, clusterId);
        environment["Thaiyyal__Dashboard"] = "false";
        var cluster = new ProcessCluster(environment);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            cluster._common[key] = value;
        }
        foreach (var region in siloRegions)
        {
            cluster.StartSilo(region);
        }
        var apiPort = HostProcess.FreePort();
        cluster._api = HostProcess.Start("Client", new Dictionary<string, string>(cluster._common) { ["Thaiyyal__Mode"] = "Client", ["Thaiyyal__Auth__Anonymous"] = "loopback" },
            "--urls", $"http://127.0.0.1:{apiPort}");
        cluster.Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{apiPort}"), Timeout = TimeSpan.FromSeconds(60) };
        await ApiPolling.WaitForReadyAsync(cluster.Http, cluster._api, TimeSpan.FromSeconds(90), ct);
        return cluster;
    }

    public SiloProcess StartSilo(string region)
    {
        var silo = new SiloProcess(region, HostProcess.Start("Silo", new Dictionary<string, string>(_common) { ["Thaiyyal__Region"] = region }));
        _silos.Add(silo);
        return silo;
    }

    /// <summary>Reads <c>GET /api/v1/cluster</c> until <paramref name="condition"/> holds for it.</summary>
    public async Task<JsonElement> WaitForClusterAsync(Func<JsonElement, bool> condition, string what, CancellationToken ct, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        JsonElement last = default;
        string? failure = null;
        while (DateTime.UtcNow < until)
        {
            try
            {
                var response = await Http.GetAsync("/api/v1/cluster", ct);
                if (response.IsSuccessStatusCode)
                {
                    last = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                    if (condition(last))
                    {
                        return last;
                    }
                }
                else
                {
                    failure = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}";
                }
            }
            catch (HttpRequestException ex)
            {
                failure = ex.Message; // the API host is not listening yet
            }
            await Task.Delay(250, ct);
        }
        throw new TimeoutException($"cluster never reached: {what}; last: {last}; last failure: {failure}\n{_api.Output}");
    }

    /// <summary>Active silos of <paramref name="region"/> whose region every reader of the membership knows.</summary>
    public static int ActiveSilosIn(JsonElement cluster, string region) =>
        cluster.GetProperty("silos").EnumerateArray().Count(s =>
            s.GetProperty("status").GetString() == "Active" && s.GetProperty("region").GetString() == region);

    public static int ActiveSilos(JsonElement cluster) =>
        cluster.GetProperty("silos").EnumerateArray().Count(s => s.GetProperty("status").GetString() == "Active");

    /// <summary>
    /// Starts a run with home <paramref name="region"/> (under <paramref name="idempotencyKey"/>, if given); null when the
    /// API did not accept it (the status or error is in <paramref name="failures"/>).
    /// </summary>
    public async Task<string?> TryStartRunAsync(string workflow, string region, List<string> failures, CancellationToken ct, string? idempotencyKey = null)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/runs")
            {
                Content = new StringContent($$"""{"workflow": {{workflow}}, "region": "{{region}}"}""", Encoding.UTF8, "application/json"),
            };
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }
            var response = await Http.SendAsync(request, ct);
            if (response.StatusCode == System.Net.HttpStatusCode.Accepted)
            {
                return (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).GetProperty("runId").GetString();
            }
            var failure = $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}";
            lock (failures)
            {
                failures.Add(failure);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            lock (failures)
            {
                failures.Add(ex.GetType().Name + ": " + ex.Message);
            }
        }
        return null;
    }

    /// <summary>Reads a run until it is terminal; the API may fail while the cluster heals.</summary>
    public Task<JsonElement> WaitForTerminalRunAsync(string runId, CancellationToken ct, TimeSpan? timeout = null) =>
        WaitForRunAsync(runId, IsTerminal, ct, timeout);

    public static bool IsTerminal(JsonElement run) => run.GetProperty("status").GetString() is "completed" or "failed" or "cancelled";

    /// <summary>Reads a run until <paramref name="done"/> holds for it; the API may fail while the cluster heals.</summary>
    public Task<JsonElement> WaitForRunAsync(string runId, Func<JsonElement, bool> done, CancellationToken ct, TimeSpan? timeout = null) =>
        ApiPolling.WaitForRunAsync(Http, runId, done, timeout ?? TimeSpan.FromSeconds(90), ct);

    public static JsonElement Node(JsonElement run, string nodeId) =>
        run.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == nodeId);

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
        foreach (var silo in _silos)
        {
            await silo.Process.DisposeAsync();
        }
    }

    /// <summary>A silo process and the region it was started in.</summary>
    public sealed record SiloProcess(string Region, HostProcess Process);
}
