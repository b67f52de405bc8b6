using Microsoft.Extensions.Configuration;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>Silo processes on PostgreSQL: W1 throughput with each silo count, then failover after kill -9.</summary>
internal static class ClusterScenario
{
    public static async Task RunAsync(IConfiguration configuration, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var database = await BenchmarkDatabase.StartAsync(configuration.GetConnectionString("Thaiyyal"), cancellationToken);
        Console.WriteLine(
            $"Thaiyyal benchmark — Silo processes on PostgreSQL ({(database.IsThrowaway ? "throwaway server on loopback" : "given database")}), " +
            $"driven by an Orleans client in this process; {Environment.ProcessorCount} cores shared by all, .NET {Environment.Version}");
        Console.WriteLine($"  {ClusterTimings.Benchmark}; silo logs in {database.LogDirectory}");
        foreach (var silos in options.SiloCounts)
        {
            await ThroughputScenario.RunAsync(database, silos, options, cancellationToken);
        }
        if (options.FailoverTrials > 0)
        {
            await FailoverScenario.RunAsync(database, options, cancellationToken);
        }
    }
}
