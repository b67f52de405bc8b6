using Microsoft.Extensions.Configuration;
using Npgsql;
using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Grains.Persistence.Migrations;

/// <summary>The <c>migrate</c> verb: applies the pending migrations to <c>ConnectionStrings:Thaiyyal</c> and says what it did.</summary>
public static class MigrateCommand
{
    public const string Verb = "migrate";

    /// <summary>Returns the process exit code: 0 when the schema is current afterwards, 1 otherwise.</summary>
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var connectionString = configuration.GetConnectionString(ThaiyyalHostingOptions.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            await error.WriteLineAsync("migrate: ConnectionStrings:Thaiyyal is empty (e.g. ConnectionStrings__Thaiyyal='Host=...;Database=...;Username=...;Password=...').");
            return 1;
        }
        try
        {
            await using var dataSource = NpgsqlDataSource.Create(connectionString);
            var applied = await new SchemaMigrator(dataSource).MigrateAsync(cancellationToken);
            foreach (var migration in applied)
            {
                await output.WriteLineAsync($"applied {migration.Name}");
            }
            var all = MigrationCatalog.All;
            await output.WriteLineAsync(applied.Count == 0
                ? $"schema is current ({all.Count} migrations, latest {all[^1].Name}); nothing to apply"
                : $"applied {applied.Count} migration(s); schema is current (latest {all[^1].Name})");
            return 0;
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            await error.WriteLineAsync($"migrate: {ex.Message}");
            return 1;
        }
    }
}
