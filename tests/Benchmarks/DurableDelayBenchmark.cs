using System.Diagnostics;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Benchmarks;

/// <summary>
/// W3: many runs parked on a durable delay at once. Each run is <c>number → delay → number</c>; all are started
/// together, and the figure is each delay's lateness: when its node completed minus when it was due (the wake time
/// the node stored when it suspended).
/// </summary>
internal static class DurableDelayBenchmark
{
    public static async Task RunAsync(IGrainFactory grains, int runs, TimeSpan delay, int startConcurrency)
    {
        var workflow = Workloads.DelayChain(delay);
        var ids = Enumerable.Range(0, runs).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = startConcurrency }, async (id, _) =>
            await grains.GetGrain<IRunGrain>(id).StartAsync(new StartRun(workflow, null)));
        var started = clock.Elapsed;

        var lateness = new List<double>(runs);
        var failed = 0;
        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = startConcurrency }, async (id, _) =>
        {
            var run = await grains.GetGrain<IRunGrain>(id).WaitForCompletionAsync(TimeSpan.FromSeconds(25));
            while (!run.IsTerminal)
            {
                run = await grains.GetGrain<IRunGrain>(id).WaitForCompletionAsync(TimeSpan.FromSeconds(25));
            }
            var wait = run.Nodes.Single(n => n.Type == "delay");
            lock (lateness)
            {
                if (run.Status != "completed" || wait.WaitUntil is null || wait.CompletedAt is null)
                {
                    failed++;
                    return;
                }
                lateness.Add((wait.CompletedAt.Value - wait.WaitUntil.Value).TotalMilliseconds);
            }
        });
        var total = clock.Elapsed;

        lateness.Sort();
        Console.WriteLine(
            $"W3 durable delay {delay.TotalSeconds:F0} s: {runs} runs started in {started.TotalSeconds:F1} s ({runs / started.TotalSeconds:F0} starts/s, " +
            $"{startConcurrency} concurrent), all done after {total.TotalSeconds:F1} s; lateness (resumed − due): " +
            (lateness.Count == 0 ? "none completed" :
                $"p50 {Percentiles.Of(lateness, 0.50):F1} ms, p99 {Percentiles.Of(lateness, 0.99):F1} ms, max {lateness[^1]:F1} ms, min {lateness[0]:F1} ms") +
            (failed > 0 ? $"; {failed} runs did not complete" : ""));
    }
}
