using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>Silo processes of one cluster (own cluster and service id) on the benchmark database, and a client of it.</summary>
internal sealed class SiloCluster(BenchmarkDatabase database, string clusterId, ClusterTimings timings) : IAsyncDisposable
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(90);
    private readonly List<SiloProcess> _silos = [];

    public string ClusterId => clusterId;

    /// <summary>Silos started and not killed.</summary>
    public IReadOnlyList<SiloProcess> Silos => _silos.Where(s => !s.HasExited).ToList();

    /// <summary>Starts one more silo and returns once the membership table shows it (and every other live one) Active.</summary>
    public async Task<SiloProcess> StartSiloAsync(CancellationToken cancellationToken)
    {
        var silo = SiloProcess.Start(SiloEnvironment(), Path.Combine(database.LogDirectory, $"{clusterId}-silo-{_silos.Count + 1}.log"));
        _silos.Add(silo);
        await WaitForActiveAsync(Silos.Count, cancellationToken);
        return silo;
    }

    /// <summary>Waits until exactly <paramref name="count"/> silos of this cluster are Active (a killed one declared dead).</summary>
    public async Task WaitForActiveAsync(int count, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + JoinTimeout;
        while (await database.CountActiveSilosAsync(clusterId, cancellationToken) != count)
        {
            if (_silos.FirstOrDefault(s => s.HasExited && !s.WasKilled) is { } crashed)
            {
                throw new InvalidOperationException($"a silo exited with {crashed.ExitCode}; see {database.LogDirectory}");
            }
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{clusterId}: {count} active silos not reached in {JoinTimeout}; see {database.LogDirectory}");
            }
            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>An Orleans client of this cluster (Postgres clustering, as the client host in client mode joins).</summary>
    public async Task<IHost> ConnectClientAsync(CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Thaiyyal:Storage"] = nameof(StorageMode.Postgres),
            ["ConnectionStrings:Thaiyyal"] = database.ConnectionString,
            ["Thaiyyal:ClusterId"] = clusterId,
            ["Thaiyyal:ServiceId"] = clusterId,
        }).Build();
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole().SetMinimumLevel(LogLevel.Error);
        builder.UseOrleansClient(client =>
        {
            client.AddThaiyyalClient(configuration);
            // Pick up replacement silos' gateways within a second (the default is a minute).
            client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
        });
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var silo in _silos)
        {
            await silo.DisposeAsync();
        }
    }

    private Dictionary<string, string> SiloEnvironment()
    {
        var environment = new Dictionary<string, string>(timings.Environment)
        {
            ["Thaiyyal__Storage"] = nameof(StorageMode.Postgres),
            ["ConnectionStrings__Thaiyyal"] = database.ConnectionString,
            ["Thaiyyal__ClusterId"] = clusterId,
            ["Thaiyyal__ServiceId"] = clusterId,
            // The dashboard's statistics collection costs CPU the silos share with the load; no page is served here.
            ["Thaiyyal__Dashboard"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        return environment;
    }
}
