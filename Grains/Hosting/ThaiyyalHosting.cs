using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;

namespace Thaiyyal.Grains.Hosting;

/// <summary>Configuration reading shared by the silo and the client configuration.</summary>
internal static class ThaiyyalHosting
{
    public static ThaiyyalHostingOptions ReadOptions(IConfiguration configuration) =>
        configuration.GetSection(ThaiyyalHostingOptions.SectionName).Get<ThaiyyalHostingOptions>() ?? new ThaiyyalHostingOptions();

    public static string RequireConnectionString(IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ThaiyyalHostingOptions.ConnectionStringName);
        return string.IsNullOrWhiteSpace(connectionString)
            ? throw new InvalidOperationException(
                "Thaiyyal:Storage is Postgres but ConnectionStrings:Thaiyyal is empty " +
                "(e.g. ConnectionStrings__Thaiyyal='Host=...;Database=...;Username=...;Password=...').")
            : ForProviders(connectionString);
    }

    /// <summary>
    /// The connection string the Orleans providers use. They keep no session state, so pooled connections skip
    /// Npgsql's reset (a <c>DISCARD ALL</c> round trip, and a transaction, on every return to the pool) unless the
    /// operator set <c>No Reset On Close</c> explicitly, and the pool is capped unless a pool size is given.
    /// </summary>
    public static string ForProviders(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("reset on close", StringComparison.OrdinalIgnoreCase))
        {
            builder.NoResetOnClose = true;
        }
        if (!connectionString.Contains("pool size", StringComparison.OrdinalIgnoreCase))
        {
            // PostgreSQL allows 100 connections by default; a silo's pools together stay well below that, so
            // several silos fit on one server. Raise it (and max_connections) explicitly for bigger machines.
            builder.MaxPoolSize = ProvidersMaxPoolSize;
        }
        return builder.ConnectionString;
    }

    /// <summary>Connections of a silo's Orleans providers (one pool shared by clustering, state and reminders).</summary>
    public const int ProvidersMaxPoolSize = 30;

    /// <summary>The run history's own pool: batched inserts need few connections.</summary>
    public static string ForHistory(string providersConnectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(providersConnectionString) { MaxPoolSize = 8 }.ConnectionString;

    public static int PortOrFree(int port) => port == 0 ? FreeTcpPort() : port;

    public static IPAddress? ParseAddress(string? address) =>
        string.IsNullOrWhiteSpace(address)
            ? null
            : IPAddress.TryParse(address, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Thaiyyal:AdvertisedAddress '{address}' is not an IP address.");

    private static int FreeTcpPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
