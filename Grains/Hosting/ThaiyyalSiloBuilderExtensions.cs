using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Hosting;

/// <summary>The one place that configures a Thaiyyal silo, shared by the headless silo, the embedded host and tests.</summary>
public static class ThaiyyalSiloBuilderExtensions
{
    public static ISiloBuilder AddThaiyyal(this ISiloBuilder silo, IConfiguration configuration)
    {
        var options = configuration.GetSection(ThaiyyalHostingOptions.SectionName).Get<ThaiyyalHostingOptions>() ?? new ThaiyyalHostingOptions();
        switch (options.Storage)
        {
            case StorageMode.Memory:
                silo.UseLocalhostClustering(
                    siloPort: options.SiloPort == 0 ? FreeTcpPort() : options.SiloPort,
                    gatewayPort: options.GatewayPort == 0 ? FreeTcpPort() : options.GatewayPort,
                    serviceId: options.ServiceId,
                    clusterId: options.ClusterId);
                silo.AddMemoryGrainStorage(ThaiyyalStorage.Runs);
                silo.UseInMemoryReminderService();
                break;
            default:
                throw new InvalidOperationException($"Unsupported Thaiyyal:Storage '{options.Storage}'.");
        }
        return silo.AddThaiyyalGrains();
    }

    /// <summary>Services every silo needs whatever its providers: the engine the grains run.</summary>
    public static ISiloBuilder AddThaiyyalGrains(this ISiloBuilder silo)
    {
        silo.Services.AddThaiyyalClusterEngine();
        return silo;
    }

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
