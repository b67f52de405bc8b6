using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime;
using Thaiyyal.Grains.Persistence.Migrations;

namespace Thaiyyal.Grains.Persistence;

/// <summary>
/// Stops a silo or client from starting against a PostgreSQL schema that lacks this build's migrations, before any
/// provider touches the database, with a message that names the <c>migrate</c> command.
/// </summary>
internal sealed partial class PostgresSchemaGuard(string connectionString, ILogger<PostgresSchemaGuard> logger)
    : ILifecycleParticipant<ISiloLifecycle>, ILifecycleParticipant<IClusterClientLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresSchemaGuard), ServiceLifecycleStage.First, CheckAsync);

    public void Participate(IClusterClientLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresSchemaGuard), ServiceLifecycleStage.First, CheckAsync);

    private async Task CheckAsync(CancellationToken cancellationToken)
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await new SchemaMigrator(dataSource).EnsureCurrentAsync(cancellationToken);
        }
        catch (SchemaBehindException ex)
        {
            LogSchemaBehind(ex.Message);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private partial void LogSchemaBehind(string message);
}
