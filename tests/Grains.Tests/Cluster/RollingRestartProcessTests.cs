using System.Collections.Concurrent;
using Thaiyyal.Grains.Tests.Postgres;
using Thaiyyal.Tests.Shared.Http;

namespace Thaiyyal.Grains.Tests.Cluster;

/// <summary>
/// A rolling restart under load: four Silo processes in two regions and a Client host in client mode while clients
/// keep starting runs with HTTP steps and a delay (executing in its node, not parked); each silo in turn gets a
/// replacement in its region, then is stopped with SIGTERM. No accepted run is lost, no node runs twice, and every start a client retried succeeded.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class RollingRestartProcessTests(PostgresFixture fixture)
{
    private const int Submitters = 2;
    private const int MaxAttempts = 5;

    [Fact]
    public async Task RollingRestart_UnderLoad_NoRunLostNoNodeTwiceNoClientErrorLeft()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackHttpServer.StartAsync();
        var connectionString = await fixture.Server.CreateDatabaseAsync(cancellationToken: ct);
        // Delays execute in their node grains (no parking), so stopping a silo meets nodes in flight that must drain.
        await using var cluster = await ProcessCluster.StartAsync(connectionString, ["east", "west", "east", "west"], ct,
            new Dictionary<string, string> { ["Thaiyyal__Runs__ParkThreshold"] = "00:01:00" });
        await cluster.WaitForClusterAsync(c => ProcessCluster.ActiveSilos(c) == 4, "4 active silos", ct);

        var accepted = new ConcurrentDictionary<string, string>(); // run id → the token its steps call
        var failures = new List<string>();
        var gaveUp = 0;
        var next = 0;
        using var stopLoad = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var load = Enumerable.Range(0, Submitters).Select(_ => Task.Run(async () =>
        {
            while (!stopLoad.IsCancellationRequested)
            {
                var run = Interlocked.Increment(ref next);
                string? runId = null;
                // The client retries a failed start under the same idempotency key: should an attempt that seemed to fail
                // have made the run, the retry finds it, so each step still runs once (counted below).
                var token = $"r{run}";
                for (var attempt = 1; runId is null && attempt <= MaxAttempts; attempt++)
                {
                    runId = await cluster.TryStartRunAsync(Workflow(server, token), run % 2 == 0 ? "east" : "west", failures, ct, idempotencyKey: token);
                    if (runId is not null)
                    {
                        accepted[runId] = token;
                    }
                    else
                    {
                        await Task.Delay(500, ct);
                    }
                }
                if (runId is null)
                {
                    Interlocked.Increment(ref gaveUp);
                }
                await Task.Delay(250, ct);
            }
        }, ct)).ToList();

        foreach (var old in cluster.Silos.ToList())
        {
            var before = accepted.Count;
            cluster.StartSilo(old.Region);
            await cluster.WaitForClusterAsync(c => ProcessCluster.ActiveSilos(c) == 5 && c.GetProperty("runCountsComplete").GetBoolean(),
                "the replacement silo active", ct);
            // The stop must meet load: a cycle can be quicker than the next accepted start (the first ones are slow).
            await WaitForAcceptanceAsync(cluster, accepted, before, failures, ct);
            using var stopTimeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            stopTimeout.CancelAfter(TimeSpan.FromSeconds(90));
            await old.Process.StopGracefullyAsync(stopTimeout.Token);
            Assert.True(old.Process.ExitCode == 0, $"silo exited with {old.Process.ExitCode}:\n{old.Process.Output}");
            await cluster.WaitForClusterAsync(c => ProcessCluster.ActiveSilos(c) == 4, "the stopped silo gone", ct);
            Assert.True(accepted.Count > before, "no run was accepted while a silo was replaced");
        }
        await stopLoad.CancelAsync();
        await Task.WhenAll(load.Select(t => t.ContinueWith(_ => { }, TaskScheduler.Default)));

        var runs = accepted.ToArray();
        var finished = new System.Text.Json.JsonElement[runs.Length];
        await Parallel.ForAsync(0, runs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (i, token) =>
            finished[i] = await cluster.WaitForTerminalRunAsync(runs[i].Key, token));

        TestContext.Current.SendDiagnosticMessage($"{runs.Length} runs accepted; {failures.Count} start attempts failed and were retried");
        Assert.True(gaveUp == 0, $"{gaveUp} runs were never accepted; last failures: {string.Join("; ", failures.TakeLast(5))}\n{cluster.DescribeLogs()}");
        for (var i = 0; i < runs.Length; i++)
        {
            Assert.True(finished[i].GetProperty("status").GetString() == "completed", $"{finished[i]}\n{cluster.DescribeLogs()}");
            Assert.Equal(1, server.CountOf($"/step/{runs[i].Value}-h1"));
            Assert.Equal(1, server.CountOf($"/step/{runs[i].Value}-h2"));
        }
    }

    /// <summary>Waits (at most 60 s) until a run beyond the first <paramref name="before"/> has been accepted.</summary>
    private static async Task WaitForAcceptanceAsync(ProcessCluster cluster, ConcurrentDictionary<string, string> accepted, int before, List<string> failures, CancellationToken ct)
    {
        var until = DateTime.UtcNow.AddSeconds(60);
        while (accepted.Count <= before)
        {
            string failed;
            lock (failures)
            {
                failed = string.Join("; ", failures.TakeLast(5));
            }
            Assert.True(DateTime.UtcNow < until, $"no run was accepted for 60 s while a silo was replaced; last failures: {failed}\n{cluster.DescribeLogs()}");
            await Task.Delay(100, ct);
        }
    }

    private static string Workflow(LoopbackHttpServer server, string token) => $$$"""
        {"nodes":[
          {"id":"h1","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/{{{token}}}-h1"}},
          {"id":"wait","type":"delay","data":{"duration":"2s"}},
          {"id":"h2","type":"http","data":{"url":"{{{server.BaseUrl}}}/step/{{{token}}}-h2"}}],
         "edges":[{"id":"e1","source":"h1","target":"wait"},{"id":"e2","source":"wait","target":"h2"}]}
        """;
}
