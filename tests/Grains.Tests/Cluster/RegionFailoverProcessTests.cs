using System.Text.Json;
using Thaiyyal.Grains.Tests.Postgres;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Grains.Tests.Cluster;

/// <summary>
/// A region dies: four Silo processes in regions "east" and "west" and a Client host in client mode; 200 runs with
/// HTTP steps and a delay (long enough to park the run durably) are in flight, half of them at home in each region; every east silo is killed with SIGKILL.
/// Every accepted run completes, every node executes exactly once (counted by the HTTP server), and the west region
/// carries the rest of the east runs. When east silos start again, new east runs go home.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RegionFailoverProcessTests(PostgresFixture fixture)
{
    private const int Runs = 200;

    /// <summary>Long enough that every run's first step is durable, and no second step has started, when the region dies.</summary>
    private const string Delay = "20s";

    [Fact]
    public async Task RegionKilled_RunsCompleteInTheOtherRegionOnce_AndNewRunsGoHomeWhenItIsBack()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        await using var cluster = await ProcessCluster.StartAsync(connectionString, ["east", "west", "east", "west"], ct);
        await cluster.WaitForClusterAsync(c => ProcessCluster.ActiveSilosIn(c, "east") == 2 && ProcessCluster.ActiveSilosIn(c, "west") == 2,
            "2 active silos in each region", ct);

        var runIds = new string[Runs];
        var failures = new List<string>();
        await Parallel.ForAsync(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
        {
            runIds[i] = (await cluster.TryStartRunAsync(Workflow(server, i), HomeOf(i), failures, token))!;
        });
        Assert.True(failures.Count == 0, string.Join("\n", failures) + "\n" + cluster.DescribeLogs());
        var before = await ReadAllAsync(cluster, runIds, run => ProcessCluster.Node(run, "h1").GetProperty("status").GetString() == "completed", ct);
        Assert.True(HitsEndingWith(server, "-h2") == 0, $"a second step started before the kill: raise {nameof(Delay)} for this machine");
        for (var i = 0; i < Runs; i++)
        {
            Assert.Equal(HomeOf(i), before[i].GetProperty("homeRegion").GetString());
            Assert.Equal(HomeOf(i), ProcessCluster.Node(before[i], "h1").GetProperty("executedInRegion").GetString());
        }

        foreach (var silo in cluster.Silos.Where(s => s.Region == "east"))
        {
            silo.Process.KillHard();
        }
        var sinceKill = System.Diagnostics.Stopwatch.StartNew();
        // No API call reaches a run until every second step ran: watchdogs alone bring the east runs back, in the west.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(150);
        while (HitsEndingWith(server, "-h2") < Runs)
        {
            if (DateTime.UtcNow > until)
            {
                Assert.Fail($"{HitsEndingWith(server, "-h2")} of {Runs} second steps ran; runs without one:\n" + await DescribeMissingAsync(cluster, server, runIds, ct));
            }
            await Task.Delay(250, ct);
        }
        TestContext.Current.SendDiagnosticMessage($"all {Runs} second steps ran {sinceKill.Elapsed.TotalSeconds:F0} s after the kill");
        var after = await ReadAllAsync(cluster, runIds, ProcessCluster.IsTerminal, ct);

        for (var i = 0; i < Runs; i++)
        {
            Assert.Equal("completed", after[i].GetProperty("status").GetString());
            Assert.Equal(1, server.CountOf($"/step/r{i}-h1"));
            Assert.Equal(1, server.CountOf($"/step/r{i}-h2"));
            Assert.Equal("west", ProcessCluster.Node(after[i], "h2").GetProperty("executedInRegion").GetString());
        }

        await cluster.WaitForClusterAsync(c => ProcessCluster.ActiveSilosIn(c, "east") == 0, "the killed east silos declared dead", ct);
        cluster.StartSilo("east");
        cluster.StartSilo("east");
        await cluster.WaitForClusterAsync(c => ProcessCluster.ActiveSilosIn(c, "east") == 2 && c.GetProperty("runCountsComplete").GetBoolean(),
            "2 new active east silos", ct);
        // Every silo must also have the new silos' grain manifests before it places runs on them: the first east run
        // that executes in east shows that, then every later one must.
        var probes = 0;
        while (await RunOnceInAsync(cluster, server, $"probe{probes}", failures, ct) != "east")
        {
            Assert.True(++probes < 20, "no new east run executed in east");
        }
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("east", await RunOnceInAsync(cluster, server, $"new{i}", failures, ct));
        }
    }

    /// <summary>Runs a one-step east run to its end; returns the region its step executed in.</summary>
    private static async Task<string?> RunOnceInAsync(ProcessCluster cluster, LoopbackHttpServer server, string step, List<string> failures, CancellationToken ct)
    {
        var workflow = $$$"""{"nodes":[{"id":"h","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/{{{step}}}"}}]}""";
        var runId = await cluster.TryStartRunAsync(workflow, "east", failures, ct);
        Assert.True(runId is not null, string.Join("\n", failures));
        var run = await cluster.WaitForTerminalRunAsync(runId, ct);
        Assert.Equal("completed", run.GetProperty("status").GetString());
        return ProcessCluster.Node(run, "h").GetProperty("executedInRegion").GetString();
    }

    /// <summary>For a failure message: the runs whose second step never ran, as the API shows them now.</summary>
    private static async Task<string> DescribeMissingAsync(ProcessCluster cluster, LoopbackHttpServer server, string[] runIds, CancellationToken ct)
    {
        var lines = new List<string>();
        for (var i = 0; i < runIds.Length; i++)
        {
            if (server.CountOf($"/step/r{i}-h2") == 0)
            {
                var response = await cluster.Http.GetAsync($"/api/v1/runs/{runIds[i]}", ct);
                lines.Add($"{runIds[i]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            }
        }
        // The silos' own account of runs that failed (their logs are at Warning and above).
        foreach (var silo in cluster.Silos)
        {
            var output = silo.Process.Output;
            var failure = output.IndexOf("driver stopped unexpectedly", StringComparison.Ordinal);
            if (failure >= 0)
            {
                var start = Math.Max(0, failure - 200);
                lines.Add(string.Concat($"silo ({silo.Region}): ", output.AsSpan(start, Math.Min(4000, output.Length - start))));
            }
        }
        return string.Join("\n", lines);
    }

    private static string HomeOf(int run) => run % 2 == 0 ? "east" : "west";

    private static string Workflow(LoopbackHttpServer server, int run) => $$$"""
        {"nodes":[
          {"id":"h1","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/r{{{run}}}-h1"}},
          {"id":"wait","type":"delay","data":{"duration":"{{{Delay}}}"}},
          {"id":"h2","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/r{{{run}}}-h2"}}],
         "edges":[{"id":"e1","source":"h1","target":"wait"},{"id":"e2","source":"wait","target":"h2"}]}
        """;

    private static int HitsEndingWith(LoopbackHttpServer server, string suffix) =>
        server.Requests.Count(r => r.Path.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>Reads every run (eight at a time) until <paramref name="done"/> holds for it.</summary>
    private static async Task<JsonElement[]> ReadAllAsync(ProcessCluster cluster, string[] runIds, Func<JsonElement, bool> done, CancellationToken ct)
    {
        var runs = new JsonElement[runIds.Length];
        await Parallel.ForAsync(0, runIds.Length, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
            runs[i] = await cluster.WaitForRunAsync(runIds[i], done, token));
        return runs;
    }
}
