using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>W1 through an Orleans client against N Silo processes on PostgreSQL, then where a sample of runs was placed.</summary>
internal static class ThroughputScenario
{
    private const int PlacementSampleRuns = 60;

    public static async Task RunAsync(BenchmarkDatabase database, int silos, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var cluster = new SiloCluster(database, $"w1-{silos}-{Guid.NewGuid():N}"[..16], ClusterTimings.Benchmark);
        for (var i = 0; i < silos; i++)
        {
            await cluster.StartSiloAsync(cancellationToken);
        }
        using var client = await cluster.ConnectClientAsync(cancellationToken);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        await Benchmark.RunAsync(grains, Workloads.W1(options.Scale), options.InFlight, new CommitCounter(database.ConnectionString),
            setting: silos == 1 ? "1 silo process" : $"{silos} silo processes");
        Console.WriteLine($"  placement of {PlacementSampleRuns} runs: {await SamplePlacementAsync(grains, cluster, options.InFlight, cancellationToken)}");

        await client.StopAsync(cancellationToken);
    }

    /// <summary>How many of a sample of W1 runs each silo executed: more silos only help if runs spread over them.</summary>
    private static async Task<string> SamplePlacementAsync(IClusterClient grains, SiloCluster cluster, int inFlight, CancellationToken cancellationToken)
    {
        var workflow = Workloads.Sequential(10);
        var runIds = Enumerable.Range(0, PlacementSampleRuns).Select(_ => Guid.NewGuid().ToString("N")).ToList();
        var executedOn = new List<string?>();
        foreach (var batch in runIds.Chunk(inFlight))
        {
            var finished = await Task.WhenAll(batch.Select(async id =>
            {
                var run = grains.GetGrain<IRunGrain>(id);
                await run.StartAsync(new StartRun(workflow, null)).WaitAsync(cancellationToken);
                return await run.WaitForCompletionAsync(TimeSpan.FromSeconds(30)).WaitAsync(cancellationToken);
            }));
            executedOn.AddRange(finished.Select(r => r.Nodes[0].ExecutedOn));
        }
        var silos = cluster.Silos;
        return string.Join(", ", silos.Select((s, i) => $"silo {i + 1}: {executedOn.Count(s.Is)}"));
    }
}
