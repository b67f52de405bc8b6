using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Tests.Support;

/// <summary>A two-silo in-process cluster with the embedded (memory) providers and the Thaiyyal grains.</summary>
public class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>Configuration overrides for every silo, e.g. engine limits.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSiloHost((_, host) => host.Configuration.AddInMemoryCollection(Settings));
        builder.ConfigureSilo((_, silo) =>
        {
            ConfigureStorage(silo);
            silo.UseInMemoryReminderService().AddThaiyyalGrains();
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    /// <summary>The grain storage the runs keep their state in.</summary>
    protected virtual void ConfigureStorage(ISiloBuilder silo) => silo.AddMemoryGrainStorage(ThaiyyalStorage.Runs);

    public async ValueTask DisposeAsync()
    {
        await Cluster.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
