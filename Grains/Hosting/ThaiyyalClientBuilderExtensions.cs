using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Persistence;

namespace Thaiyyal.Grains.Hosting;

/// <summary>The one place that configures an Orleans client joining a Thaiyyal cluster (an API host in client mode).</summary>
public static class ThaiyyalClientBuilderExtensions
{
    /// <summary>
    /// Joins the cluster <c>Thaiyyal:Storage</c> describes: in Memory mode the silo's gateway on localhost
    /// (<c>Thaiyyal:GatewayPort</c>); in Postgres mode the gateways listed in the membership table.
    /// </summary>
    public static IClientBuilder AddThaiyyalClient(this IClientBuilder client, IConfiguration configuration)
    {
        var options = ThaiyyalHosting.ReadOptions(configuration);
        switch (options.Storage)
        {
            case StorageMode.Memory:
                client.UseLocalhostClustering(gatewayPort: options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
                break;
            case StorageMode.Postgres:
                var connectionString = ThaiyyalHosting.RequireConnectionString(configuration);
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = options.ClusterId;
                    o.ServiceId = options.ServiceId;
                });
                // First of all hosted services, so it runs before the Orleans client connects.
                client.Services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp =>
                    new PostgresSchemaGuard(connectionString, sp.GetRequiredService<ILogger<PostgresSchemaGuard>>())));
                client.UseAdoNetClustering(o =>
                {
                    o.Invariant = ThaiyyalHostingOptions.PostgresInvariant;
                    o.ConnectionString = connectionString;
                });
                break;
            default:
                throw new InvalidOperationException($"Unsupported Thaiyyal:Storage '{options.Storage}'.");
        }
        client.AddMemoryStreams(RunEventStreams.ProviderName); // the API host subscribes to run events for SSE
        client.AddActivityPropagation();
        return client;
    }
}
