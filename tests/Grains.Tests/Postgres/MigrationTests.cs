using Microsoft.Extensions.Configuration;
using Npgsql;
using Thaiyyal.Grains.Persistence.Migrations;

namespace Thaiyyal.Grains.Tests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class MigrationTests(PostgresFixture fixture)
{
    [Fact]
    public void Catalog_EmbeddedMigrations_AreOrderedAndComplete()
    {
        var names = MigrationCatalog.All.Select(m => m.Name).ToArray();
        Assert.Equal(
            ["0001_orleans_main", "0002_orleans_clustering", "0003_orleans_persistence", "0004_orleans_reminders", "0005_thaiyyal_run_history", "0006_thaiyyal_runs_index",
             "0007_thaiyyal_tenants", "0008_thaiyyal_audit", "0009_thaiyyal_data_protection_keys"],
            names);
    }

    [Fact]
    public async Task Migrate_AppliedTwice_SecondChangesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(migrate: false, ct);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var migrator = new SchemaMigrator(dataSource);

        var first = await migrator.MigrateAsync(ct);
        var schemaAfterFirst = await SchemaFingerprintAsync(dataSource, ct);
        var second = await migrator.MigrateAsync(ct);
        var schemaAfterSecond = await SchemaFingerprintAsync(dataSource, ct);

        Assert.Equal(MigrationCatalog.All.Count, first.Count);
        Assert.Empty(second);
        Assert.Equal(schemaAfterFirst, schemaAfterSecond);
        Assert.True((await migrator.GetStatusAsync(ct)).IsCurrent);
        Assert.Equal(MigrationCatalog.All.Count, await ScalarAsync<long>(dataSource, "SELECT count(*) FROM thaiyyal_schema_migrations", ct));
    }

    [Fact]
    public async Task Migrate_RegistersEveryQueryKeyTheProvidersRequire()
    {
        string[] required =
        [
            "GatewaysQueryKey", "MembershipReadRowKey", "MembershipReadAllKey", "InsertMembershipVersionKey", "UpdateIAmAlivetimeKey",
            "InsertMembershipKey", "UpdateMembershipKey", "DeleteMembershipTableEntriesKey", "CleanupDefunctSiloEntriesKey",
            "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey",
            "ReadReminderRowsKey", "ReadReminderRowKey", "ReadRangeRows1Key", "ReadRangeRows2Key", "UpsertReminderRowKey",
            "DeleteReminderRowKey", "DeleteReminderRowsKey",
        ];
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        var keys = new List<string>();
        await using (var command = dataSource.CreateCommand("SELECT QueryKey FROM OrleansQuery"))
        await using (var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken))
        {
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                keys.Add(reader.GetString(0));
            }
        }
        Assert.Empty(required.Except(keys));
    }

    [Fact]
    public async Task MigrateCommand_EmptyDatabase_PrintsWhatItApplied()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(migrate: false, ct);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Thaiyyal"] = connectionString })
            .Build();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var first = await MigrateCommand.RunAsync(configuration, output, error, ct);
        var firstText = output.ToString();
        output.GetStringBuilder().Clear();
        var second = await MigrateCommand.RunAsync(configuration, output, error, ct);

        Assert.Equal(0, first);
        Assert.Contains("applied 0001_orleans_main", firstText, StringComparison.Ordinal);
        Assert.Contains("applied 0005_thaiyyal_run_history", firstText, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains("nothing to apply", output.ToString(), StringComparison.Ordinal);
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public async Task Migrate_AppliedMigrationEdited_RefusesWithoutChanging()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(migrate: true, ct);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var edited = MigrationCatalog.All
            .Select(m => m.Version == 5 ? MigrationCatalog.Create(m.Name + ".sql", m.Sql + "\n-- edited\n") : m)
            .ToList();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SchemaMigrator(dataSource, edited).MigrateAsync(ct));

        Assert.Contains("0005_thaiyyal_run_history", error.Message, StringComparison.Ordinal);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource dataSource, string sql, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Every column, index, function and registered query text of the public schema, as one text.</summary>
    private static Task<string> SchemaFingerprintAsync(NpgsqlDataSource dataSource, CancellationToken ct) =>
        ScalarAsync<string>(dataSource, """
            SELECT concat_ws(E'\n',
              (SELECT string_agg(table_name || '.' || column_name || ':' || data_type || ':' || is_nullable, ',' ORDER BY table_name, column_name)
                 FROM information_schema.columns WHERE table_schema = 'public'),
              (SELECT string_agg(indexdef, ',' ORDER BY indexdef) FROM pg_indexes WHERE schemaname = 'public'),
              (SELECT string_agg(QueryKey || '=' || md5(QueryText), ',' ORDER BY QueryKey) FROM OrleansQuery),
              (SELECT string_agg(version || name || checksum || applied_at::text, ',' ORDER BY version) FROM thaiyyal_schema_migrations))
            """, ct);
}
