using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Thaiyyal.Benchmarks;
using Thaiyyal.Grains.Hosting;

// Prints throughput and latency figures for the workloads of docs/PERFORMANCE.md. Settings come from the command
// line in configuration form, e.g. --Thaiyyal:Storage=Postgres --ConnectionStrings:Thaiyyal="Host=...".
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
await host.StartAsync();

var grains = host.Services.GetRequiredService<IGrainFactory>();
var storage = builder.Configuration["Thaiyyal:Storage"] ?? "Memory";
var scale = double.TryParse(builder.Configuration["scale"], out var s) ? s : 1.0;
var inFlight = int.TryParse(builder.Configuration["inflight"], out var f) ? f : 32;
Console.WriteLine($"Thaiyyal benchmark — storage {storage}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

var connectionString = builder.Configuration.GetConnectionString("Thaiyyal");
var commits = storage == "Postgres" && connectionString is not null ? new CommitCounter(connectionString) : null;
// --workloads=W1,W2,W3 picks some (default W1,W2: W3 takes a while and is about timers, not throughput).
var workloads = (builder.Configuration["workloads"] ?? "W1,W2").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
if (workloads.Contains("W1"))
{
    await Benchmark.RunAsync(grains, "W1 sequential 10 nodes", Workloads.Sequential(10), nodeCount: 10, runs: (int)(2000 * scale), inFlight, commits);
}
if (workloads.Contains("W2"))
{
    await Benchmark.RunAsync(grains, "W2 fan-out 10 + join", Workloads.FanOut(10), nodeCount: 12, runs: (int)(1000 * scale), inFlight, commits);
}
if (workloads.Contains("W3"))
{
    await DurableDelayBenchmark.RunAsync(grains, runs: (int)(1000 * scale), TimeSpan.FromSeconds(2), startConcurrency: 64);
}

await host.StopAsync();
