using System.Reflection;
using Microsoft.Extensions.Configuration;
using Orleans.TestingHost;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Tests.Shared.Postgres;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server, a migrated database, and a two-silo cluster configured by <c>AddThaiyyal</c> in
/// Postgres mode against it (clustering, grain state, reminders all in that database).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public PostgresServer Server { get; private set; } = null!;

    public string ConnectionString { get; private set; } = null!;

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async ValueTask InitializeAsync()
    {
        Server = await PostgresServer.StartAsync();
        ConnectionString = await Server.CreateDatabaseAsync();
        Cluster = await StartClusterAsync(ConnectionString, silos: 2);
    }

    /// <summary>A cluster whose silos are configured exactly as the headless silo in Postgres mode.</summary>
    public static async Task<InProcessTestCluster> StartClusterAsync(
        string connectionString, int silos, string? clusterId = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var cluster = BuildCluster(connectionString, silos, clusterId, extraSettings);
        await cluster.DeployAsync();
        return cluster;
    }

    public static InProcessTestCluster BuildCluster(
        string connectionString, int silos, string? clusterId = null, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var id = clusterId ?? "pg-" + Guid.NewGuid().ToString("N")[..8];
        var settings = new Dictionary<string, string?>
        {
            ["Thaiyyal:Storage"] = nameof(StorageMode.Postgres),
            ["ConnectionStrings:Thaiyyal"] = connectionString,
            ["Thaiyyal:ClusterId"] = id,
            ["Thaiyyal:ServiceId"] = id,
            ["Thaiyyal:SiloPort"] = "0",
            ["Thaiyyal:GatewayPort"] = "0",
            ["Thaiyyal:AdvertisedAddress"] = "127.0.0.1",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var builder = new InProcessTestClusterBuilder((short)silos);
        builder.Options.ClusterId = id;
        builder.Options.ServiceId = id;
        // The test cluster's own in-memory membership would replace ADO.NET clustering; the switch is internal.
        typeof(InProcessTestClusterOptions)
            .GetProperty("UseTestClusterMembership", BindingFlags.Instance | BindingFlags.NonPublic)!
            .SetValue(builder.Options, false);
        builder.ConfigureSiloHost((_, host) => host.Configuration.AddInMemoryCollection(settings));
        builder.ConfigureClient(client => client.AddThaiyyalClient(configuration));
        builder.ConfigureSilo((_, silo) => silo
            .AddThaiyyal(configuration)
            .Configure<Orleans.Hosting.ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null)
        {
            await Cluster.DisposeAsync();
        }
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
