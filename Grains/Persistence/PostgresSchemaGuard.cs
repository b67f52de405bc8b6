using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Runtime;
using Thaiyyal.Grains.Persistence.Migrations;

namespace Thaiyyal.Grains.Persistence;

/// <summary>
/// Stops a silo or client from starting against a PostgreSQL schema that lacks this build's migrations, before any
/// provider touches the database, with a message that names the <c>migrate</c> command. A silo runs it at the first
/// stage of its lifecycle; a client host runs it as its first hosted service (an Orleans client reads the gateway
/// list before its own lifecycle starts).
/// </summary>
internal sealed partial class PostgresSchemaGuard(string connectionString, ILogger<PostgresSchemaGuard> logger)
    : ILifecycleParticipant<ISiloLifecycle>, IHostedService
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgresSchemaGuard), ServiceLifecycleStage.First, CheckAsync);

    public Task StartAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
