using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Benchmarks;

/// <summary>
/// W1, W2 (and W3, S1 when named in <c>--workloads</c>) against one silo in this process, with the provider set the configuration picks
/// (<c>--Thaiyyal:Storage=Postgres --ConnectionStrings:Thaiyyal=...</c> for a migrated database).
/// </summary>
internal static class InProcessScenario
{
    public static async Task RunAsync(string[] args, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Thaiyyal:SiloPort"] = "0",
            ["Thaiyyal:GatewayPort"] = "0",
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Warning);
        builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration));
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);

        var grains = host.Services.GetRequiredService<IGrainFactory>();
        var storage = builder.Configuration["Thaiyyal:Storage"] ?? "Memory";
        Console.WriteLine($"Thaiyyal benchmark — in-process silo, storage {storage}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var connectionString = builder.Configuration.GetConnectionString("Thaiyyal");
        var commits = storage == "Postgres" && connectionString is not null ? new CommitCounter(connectionString) : null;
        if (options.Workloads.Contains("W1"))
        {
            await Benchmark.RunAsync(grains, Workloads.W1(options.Scale), options.InFlight, commits);
        }
        if (options.Workloads.Contains("W2"))
        {
            await Benchmark.RunAsync(grains, Workloads.W2(options.Scale), options.InFlight, commits);
        }
        if (options.Workloads.Contains("W3"))
        {
            await DurableDelayBenchmark.RunAsync(grains, runs: (int)(1000 * options.Scale), TimeSpan.FromSeconds(2), startConcurrency: 64);
        }
        if (options.Workloads.Contains("S1"))
        {
            await ScheduleLatenessBenchmark.RunAsync(grains, schedules: (int)(50 * options.Scale), TimeSpan.FromSeconds(20));
        }

        await host.StopAsync(cancellationToken);
    }
}
