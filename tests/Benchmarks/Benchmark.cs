using System.Diagnostics;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Benchmarks;

/// <summary>Runs one workload with a fixed number of runs in flight and prints runs/s, nodes/s and latency percentiles.</summary>
internal static class Benchmark
{
    public static async Task RunAsync(IGrainFactory grains, Workload workload, int inFlight, CommitCounter? commits, string? setting = null)
    {
        var (workflow, runs, nodeCount) = (workload.WorkflowJson, workload.Runs, workload.NodeCount);
        var name = setting is null ? workload.Name : $"{workload.Name}, {setting}";
        // Warm-up: JIT, grain type activation paths, storage connections.
        await RunManyAsync(grains, workflow, Math.Min(100, runs), inFlight);

        var commitsBefore = commits is null ? 0 : await commits.ReadAsync();
        var clock = Stopwatch.StartNew();
        var latencies = await RunManyAsync(grains, workflow, runs, inFlight);
        clock.Stop();
        var commitsPerRun = commits is null ? (double?)null : (await commits.ReadAsync() - commitsBefore) / (double)runs;

        latencies.Sort();
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine(
            $"{name}: {runs} runs, {inFlight} in flight: {runs / seconds:F0} runs/s, {runs * nodeCount / seconds:F0} nodes/s, " +
            $"p50 {Percentiles.Of(latencies, 0.50):F1} ms, p99 {Percentiles.Of(latencies, 0.99):F1} ms, max {latencies[^1]:F1} ms" +
            (commitsPerRun is { } c ? $", {c:F1} database commits per run" : ""));
    }

    private static async Task<List<double>> RunManyAsync(IGrainFactory grains, string workflow, int runs, int inFlight)
    {
        var latencies = new List<double>(runs);
        var next = 0;
        async Task WorkerAsync()
        {
            while (Interlocked.Increment(ref next) <= runs)
            {
                var started = Stopwatch.GetTimestamp();
                var run = grains.GetGrain<IRunGrain>(Guid.NewGuid().ToString("N"));
                await run.StartAsync(new StartRun(workflow, null));
                var finished = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
                if (finished.Status != "completed")
                {
                    throw new InvalidOperationException($"run {finished.RunId} ended {finished.Status}: {string.Join("; ", finished.Errors)}");
                }
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                {
                    latencies.Add(elapsed);
                }
            }
        }
        await Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => WorkerAsync()));
        return latencies;
    }
}
