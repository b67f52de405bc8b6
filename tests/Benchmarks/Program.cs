using Microsoft.Extensions.Configuration;
using Thaiyyal.Benchmarks;
using Thaiyyal.Benchmarks.Cluster;

// Prints throughput, latency and failover figures for docs/PERFORMANCE.md. Settings come from the command line in
// configuration form: --scenario=in-process (default: W1, W2 on a silo in this process; --Thaiyyal:Storage=Postgres
// --ConnectionStrings:Thaiyyal="Host=..." for PostgreSQL) or --scenario=cluster (W1 on 1, 2, 3 Silo processes on
// PostgreSQL, then failover after kill -9), and --scale, --inflight, --silos=1,2,3, --trials, --workloads=W1,W2,W3
// (in-process; W3 = 1,000 runs parked on a 2 s durable delay, reporting resume lateness; S1 = 50 cron schedules firing
// every second for 20 s, reporting fire lateness).
var configuration = new ConfigurationBuilder().AddCommandLine(args).Build();
var options = BenchmarkOptions.From(configuration);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel(); // stop, and let the cluster scenario kill the processes it started
};

switch (options.Scenario)
{
    case BenchmarkOptions.InProcess:
        await InProcessScenario.RunAsync(args, options, cancellation.Token);
        break;
    case BenchmarkOptions.Cluster:
        await ClusterScenario.RunAsync(configuration, options, cancellation.Token);
        break;
    default:
        Console.Error.WriteLine($"unknown --scenario={options.Scenario} (expected {BenchmarkOptions.InProcess} or {BenchmarkOptions.Cluster})");
        return 2;
}
return 0;
