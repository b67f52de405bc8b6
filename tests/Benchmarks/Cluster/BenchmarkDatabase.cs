using Npgsql;
using Thaiyyal.Tests.Shared.Postgres;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>
/// The PostgreSQL database the cluster scenario uses: the one named by <c>ConnectionStrings:Thaiyyal</c>, or a
/// throwaway server on a free loopback port (as the tests start one). Migrated by the Silo's own <c>migrate</c> verb.
/// </summary>
internal sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly PostgresServer? _server;

    private BenchmarkDatabase(PostgresServer? server, string connectionString, string logDirectory)
    {
        _server = server;
        ConnectionString = connectionString;
        LogDirectory = logDirectory;
    }

    public string ConnectionString { get; }

    /// <summary>Where the Silo processes write their output (kept after the run for a look at failures).</summary>
    public string LogDirectory { get; }

    public bool IsThrowaway => _server is not null;

    public static async Task<BenchmarkDatabase> StartAsync(string? connectionString, CancellationToken cancellationToken)
    {
        var logDirectory = Path.Combine(Path.GetTempPath(), "thaiyyal-bench-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(logDirectory);
        PostgresServer? server = null;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            server = await PostgresServer.StartAsync(cancellationToken);
            connectionString = await server.CreateDatabaseAsync(migrate: false, cancellationToken);
        }
        var database = new BenchmarkDatabase(server, connectionString, logDirectory);
        try
        {
            await database.MigrateAsync(cancellationToken);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>Active silos of a cluster as the membership table records them (status 3 = Active).</summary>
    public async Task<int> CountActiveSilosAsync(string clusterId, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(*) FROM orleans_membership WHERE deploymentid = @id AND status = 3", connection);
        command.Parameters.AddWithValue("id", clusterId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var migrate = SiloProcess.Start(
            new Dictionary<string, string> { ["ConnectionStrings__Thaiyyal"] = ConnectionString },
            Path.Combine(LogDirectory, "migrate.log"),
            "migrate");
        await migrate.WaitForExitAsync(cancellationToken);
        if (migrate.ExitCode != 0)
        {
            throw new InvalidOperationException($"Thaiyyal.Silo migrate exited with {migrate.ExitCode}; see {LogDirectory}/migrate.log");
        }
    }
}
