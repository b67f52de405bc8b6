using Npgsql;

namespace Thaiyyal.Benchmarks;

/// <summary>Counts committed PostgreSQL transactions of the benchmark's database (each is a durable write).</summary>
internal sealed class CommitCounter(string connectionString)
{
    public async Task<long> ReadAsync()
    {
        await Task.Delay(1500); // backends publish their counters about once a second
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Statistics are flushed lazily; ask for a fresh snapshot, and subtract this query's own transaction.
        await using (var clear = new NpgsqlCommand("SELECT pg_stat_clear_snapshot()", connection))
        {
            await clear.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
