using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Storage;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Events;
using Thaiyyal.Grains.Persistence;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Hosting;

/// <summary>The one place that configures a Thaiyyal silo, shared by the headless silo, the embedded host and tests.</summary>
public static class ThaiyyalSiloBuilderExtensions
{
    /// <summary>Configures the providers <c>Thaiyyal:Storage</c> picks, the grain state serializer and the grains' services.</summary>
    public static ISiloBuilder AddThaiyyal(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = ThaiyyalHosting.ReadOptions(configuration);
        switch (options.Storage)
        {
            case StorageMode.Memory:
                silo.UseLocalhostClustering(
                    siloPort: ThaiyyalHosting.PortOrFree(options.SiloPort),
                    gatewayPort: ThaiyyalHosting.PortOrFree(options.GatewayPort),
                    serviceId: options.ServiceId,
                    clusterId: options.ClusterId);
                silo.AddMemoryGrainStorage(ThaiyyalStorage.Runs);
                silo.AddMemoryGrainStorage(ThaiyyalStorage.PubSub);
                silo.UseInMemoryReminderService();
                break;
            case StorageMode.Postgres:
                var connectionString = ThaiyyalHosting.RequireConnectionString(configuration);
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
                silo.Configure<EndpointOptions>(o =>
                {
                    o.SiloPort = ThaiyyalHosting.PortOrFree(options.SiloPort);
                    o.GatewayPort = ThaiyyalHosting.PortOrFree(options.GatewayPort);
                    if (ThaiyyalHosting.ParseAddress(options.AdvertisedAddress) is { } address)
                    {
                        o.AdvertisedIPAddress = address;
                    }
                });
                silo.AddThaiyyalPostgresProviders(connectionString);
                break;
            default:
                throw new InvalidOperationException($"Unsupported Thaiyyal:Storage '{options.Storage}'.");
        }
        if (options.Dashboard)
        {
            silo.AddDashboard();
        }
        silo.Services.Configure<HostOptions>(o => o.ShutdownTimeout = options.ShutdownTimeout);
        return silo.AddThaiyyalGrains();
    }

    /// <summary>
    /// The PostgreSQL provider set: ADO.NET clustering, grain storage for runs and PubSubStore, reminders, and the
    /// start-up check that refuses a schema behind this build. Ports, cluster and service ids are the caller's.
    /// </summary>
    public static ISiloBuilder AddThaiyyalPostgresProviders(this ISiloBuilder silo, string connectionString)
    {
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp =>
            new PostgresSchemaGuard(connectionString, sp.GetRequiredService<ILogger<PostgresSchemaGuard>>()));
        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = ThaiyyalHostingOptions.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        foreach (var name in new[] { ThaiyyalStorage.Runs, ThaiyyalStorage.PubSub })
        {
            silo.AddAdoNetGrainStorage(name, o =>
            {
                o.Invariant = ThaiyyalHostingOptions.PostgresInvariant;
                o.ConnectionString = connectionString;
            });
            silo.AddThaiyyalStorageRetries(name); // a briefly unavailable database delays a run, it does not fail it
        }
        silo.UseAdoNetReminderService(o =>
        {
            o.Invariant = ThaiyyalHostingOptions.PostgresInvariant;
            o.ConnectionString = connectionString;
        });
        // Run history and the runs index in their own tables (deploy/sql 0005, 0006), written in batches.
        silo.Services.TryAddSingleton<IRunHistoryStore>(_ => new PostgresRunHistoryStore(NpgsqlDataSource.Create(ThaiyyalHosting.ForHistory(connectionString))));
        silo.Services.AddThaiyyalPostgresSecretKeyRing(ThaiyyalHosting.ForHistory(connectionString)); // deploy/sql 0009
        silo.AddThaiyyalPostgresAudit(connectionString); // the audit log's tables (deploy/sql 0008)
        return silo;
    }

    /// <summary>
    /// Services every silo needs whatever its providers: the engine the grains run, and grain state stored as
    /// System.Text.Json, which tolerates added and removed members so state outlives a new build.
    /// </summary>
    public static ISiloBuilder AddThaiyyalGrains(this ISiloBuilder silo)
    {
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.Services.AddOptions<StorageRetryOptions>().BindConfiguration(StorageRetryOptions.SectionName).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<StorageRetryOptions>, StorageRetryOptionsValidator>());
        silo.AddIncomingGrainCallFilter<StorageFailureFilter>(); // database errors reach callers as a type they can receive
        silo.Services.AddThaiyyalClusterEngine();
        silo.Services.AddThaiyyalSecretProtection(); // after the engine: its resolver replaces the engine's
        silo.AddThaiyyalRegions(LocalRegion.From(silo.Configuration));
        silo.AddThaiyyalEvents();
        silo.AddThaiyyalAudit();
        // The run watchdog may tick faster than Orleans' default one-minute floor when configured so.
        silo.Services.AddOptions<ReminderOptions>().Configure<Microsoft.Extensions.Options.IOptions<RunOptions>>((reminders, runs) =>
            reminders.MinimumReminderPeriod = runs.Value.WatchdogPeriod < reminders.MinimumReminderPeriod ? runs.Value.WatchdogPeriod : reminders.MinimumReminderPeriod);
        return silo;
    }

    /// <summary>
    /// Run events: the memory stream provider that carries them live (its pub-sub on the <c>PubSubStore</c> storage,
    /// in memory unless the provider set registered one), the history store (grain storage unless Postgres registered
    /// its tables), activity propagation across grain calls (node spans parent the node's HTTP spans) and the telemetry.
    /// </summary>
    public static ISiloBuilder AddThaiyyalEvents(this ISiloBuilder silo)
    {
        if (!silo.Services.Any(d => d.IsKeyedService && Equals(d.ServiceKey, ThaiyyalStorage.PubSub) && d.ServiceType == typeof(IGrainStorage)))
        {
            silo.AddMemoryGrainStorage(ThaiyyalStorage.PubSub);
        }
        silo.AddMemoryStreams(RunEventStreams.ProviderName);
        silo.AddActivityPropagation();
        silo.Services.AddMetrics();
        silo.Services.AddOptions<RunEventOptions>().BindConfiguration(RunEventOptions.SectionName).ValidateOnStart();
        silo.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<RunEventOptions>, RunEventOptionsValidator>());
        silo.Services.TryAddSingleton<IRunHistoryStore, GrainRunHistoryStore>();
        silo.Services.TryAddSingleton<RunTelemetry>();
        silo.Services.TryAddSingleton<RunEventLogFactory>();
        return silo;
    }
}
