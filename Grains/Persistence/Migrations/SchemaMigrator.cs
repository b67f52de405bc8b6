using Npgsql;

namespace Thaiyyal.Grains.Persistence.Migrations;

/// <summary>
/// Applies the ordered migrations to a PostgreSQL database, each in its own transaction, recording every applied
/// version in <c>thaiyyal_schema_migrations</c>. Applying again applies nothing. The same code serves the
/// <c>migrate</c> command, the start-up check and the test fixtures.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource, IReadOnlyList<SchemaMigration> migrations)
{
    public const string HistoryTable = "thaiyyal_schema_migrations";

    // Any fixed number: concurrent `migrate` runs against one database wait for each other instead of racing.
    private const long AdvisoryLockKey = 0x7468_6169_7979_616C;

    public SchemaMigrator(NpgsqlDataSource dataSource)
        : this(dataSource, MigrationCatalog.All)
    {
    }

    /// <summary>Applies every pending migration in order; returns those it applied (none when the schema is current).</summary>
    /// <exception cref="InvalidOperationException">An applied migration's file changed since it was applied.</exception>
    public async Task<IReadOnlyList<SchemaMigration>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, $"""
                CREATE TABLE IF NOT EXISTS {HistoryTable}
                (
                    version    integer     NOT NULL PRIMARY KEY,
                    name       text        NOT NULL,
                    checksum   text        NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now()
                )
                """, cancellationToken);
            var status = Compare(await ReadAppliedAsync(connection, cancellationToken));
            if (status.Altered.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Applied migration(s) changed since they were applied: {string.Join(", ", status.Altered.Select(m => m.Name))}. " +
                    "A migration is never edited once released; add a new one instead.");
            }
            foreach (var migration in status.Pending)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await using (var record = new NpgsqlCommand(
                    $"INSERT INTO {HistoryTable} (version, name, checksum) VALUES (@version, @name, @checksum)", connection, transaction))
                {
                    record.Parameters.AddWithValue("version", migration.Version);
                    record.Parameters.AddWithValue("name", migration.Name);
                    record.Parameters.AddWithValue("checksum", migration.Checksum);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
            }
            return status.Pending;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    /// <summary>Compares the database with this build's migrations without changing anything.</summary>
    public async Task<SchemaStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
        exists.Parameters.AddWithValue("table", HistoryTable);
        var applied = (bool)(await exists.ExecuteScalarAsync(cancellationToken))!
            ? await ReadAppliedAsync(connection, cancellationToken)
            : new Dictionary<int, string>();
        return Compare(applied);
    }

    /// <summary>Throws <see cref="SchemaBehindException"/> (naming the <c>migrate</c> command) when a migration is pending.</summary>
    public async Task EnsureCurrentAsync(CancellationToken cancellationToken = default)
    {
        var status = await GetStatusAsync(cancellationToken);
        if (!status.IsCurrent)
        {
            throw SchemaBehindException.For(status);
        }
    }

    private SchemaStatus Compare(Dictionary<int, string> applied)
    {
        var pending = migrations.Where(m => !applied.ContainsKey(m.Version)).ToList();
        var altered = migrations.Where(m => applied.TryGetValue(m.Version, out var checksum) && checksum != m.Checksum).ToList();
        var unknown = applied.Keys.Where(v => migrations.All(m => m.Version != v)).Order().ToList();
        return new SchemaStatus(pending, altered, unknown);
    }

    private static async Task<Dictionary<int, string>> ReadAppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<int, string>();
        await using var command = new NpgsqlCommand($"SELECT version, checksum FROM {HistoryTable}", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetInt32(0)] = reader.GetString(1);
        }
        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
