using Npgsql;
using NpgsqlTypes;
using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// Postgres mode: entries in <c>thaiyyal_audit</c> (primary key tenant and seq, so a sequence number is taken once),
/// checkpoints in <c>thaiyyal_audit_checkpoints</c> (deploy/sql 0008). An append is one multi-row insert; pruning
/// moves the checkpoint and deletes the rows behind it in one transaction.
/// </summary>
internal sealed class PostgresAuditStore(NpgsqlDataSource dataSource) : IAuditStore
{
    private const string Columns = "tenant_id, seq, recorded_at, actor, action, target, outcome, client_address, request_id, trace_id, prev_hash, hash";

    private const string InsertEntries = $"""
        INSERT INTO thaiyyal_audit ({Columns})
        SELECT $1, e.seq, e.recorded_at, e.actor, e.action, e.target, e.outcome, e.client_address, e.request_id, e.trace_id, e.prev_hash, e.hash
        FROM unnest($2::bigint[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::int[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[])
            AS e(seq, recorded_at, actor, action, target, outcome, client_address, request_id, trace_id, prev_hash, hash)
        """;

    private const string SelectNewest = """
        SELECT seq, hash FROM thaiyyal_audit WHERE tenant_id = $1 ORDER BY seq DESC LIMIT 1
        """;

    private const string SelectCheckpoint = """
        SELECT seq, hash, pruned_at FROM thaiyyal_audit_checkpoints WHERE tenant_id = $1
        """;

    private const string SelectPage = $"""
        SELECT {Columns} FROM thaiyyal_audit
        WHERE tenant_id = $1
          AND ($2::text IS NULL OR actor = $2)
          AND ($3::text IS NULL OR action = $3)
          AND ($4::int IS NULL OR outcome >= $4)
          AND ($5::int IS NULL OR outcome <= $5)
          AND ($6::timestamptz IS NULL OR recorded_at >= $6)
          AND ($7::timestamptz IS NULL OR recorded_at < $7)
          AND ($8::bigint IS NULL OR seq < $8)
        ORDER BY seq DESC
        LIMIT $9
        """;

    private const string SelectRange = $"""
        SELECT {Columns} FROM thaiyyal_audit
        WHERE tenant_id = $1 AND seq > $2 AND seq <= $3
        ORDER BY seq
        LIMIT $4
        """;

    private const string SelectPruneTarget = """
        SELECT seq, hash FROM thaiyyal_audit
        WHERE tenant_id = $1 AND (seq <= $2 OR recorded_at < $3)
        ORDER BY seq DESC
        LIMIT 1
        """;

    private const string UpsertCheckpoint = """
        INSERT INTO thaiyyal_audit_checkpoints (tenant_id, seq, hash, pruned_at) VALUES ($1, $2, $3, $4)
        ON CONFLICT (tenant_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, pruned_at = excluded.pruned_at
        WHERE thaiyyal_audit_checkpoints.seq < excluded.seq
        """;

    private const string DeletePruned = """
        DELETE FROM thaiyyal_audit WHERE tenant_id = $1 AND seq <= $2
        """;

    public int DefaultMaxEntries => 1_000_000;

    public async Task<AuditChainStart> LoadAsync(string chain, CancellationToken cancellationToken)
    {
        await using var batch = dataSource.CreateBatch();
        batch.BatchCommands.Add(Command(SelectNewest, chain));
        batch.BatchCommands.Add(Command(SelectCheckpoint, chain));
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        AuditHead? newest = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            newest = new AuditHead(reader.GetInt64(0), reader.GetString(1));
        }
        await reader.NextResultAsync(cancellationToken);
        AuditCheckpoint? checkpoint = null;
        if (await reader.ReadAsync(cancellationToken))
        {
            checkpoint = ReadCheckpoint(reader);
        }
        return new AuditChainStart(newest, checkpoint);
    }

    public async Task AppendAsync(string chain, IReadOnlyList<AuditEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return;
        }
        await using var command = dataSource.CreateCommand(InsertEntries);
        command.Parameters.Add(new NpgsqlParameter { Value = chain });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Seq).ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Time.UtcDateTime).ToArray() });
        command.Parameters.Add(TextArray(entries.Select(e => e.Actor)));
        command.Parameters.Add(TextArray(entries.Select(e => e.Action)));
        command.Parameters.Add(TextArray(entries.Select(e => e.Target)));
        command.Parameters.Add(new NpgsqlParameter { Value = entries.Select(e => e.Outcome).ToArray() });
        command.Parameters.Add(TextArray(entries.Select(e => e.ClientAddress)));
        command.Parameters.Add(TextArray(entries.Select(e => e.RequestId)));
        command.Parameters.Add(TextArray(entries.Select(e => e.TraceId)));
        command.Parameters.Add(TextArray(entries.Select(e => e.PrevHash)));
        command.Parameters.Add(TextArray(entries.Select(e => e.Hash)));
        await command.ExecuteNonQueryAsync(cancellationToken); // one statement: all rows or, on a taken seq, none
    }

    public async Task<AuditPage> ListAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectPage);
        command.Parameters.Add(new NpgsqlParameter { Value = query.Chain });
        command.Parameters.Add(Nullable(query.Actor, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(query.Action, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(query.OutcomeFrom, NpgsqlDbType.Integer));
        command.Parameters.Add(Nullable(query.OutcomeTo, NpgsqlDbType.Integer));
        command.Parameters.Add(Nullable(query.From?.UtcDateTime, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Nullable(query.To?.UtcDateTime, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Nullable(query.BeforeSeq, NpgsqlDbType.Bigint));
        command.Parameters.Add(new NpgsqlParameter { Value = query.Limit + 1 });
        var rows = await ReadEntriesAsync(command, cancellationToken);
        return AuditPages.Of(rows, query.Limit);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string chain, long afterSeq, long throughSeq, int limit, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectRange);
        command.Parameters.Add(new NpgsqlParameter { Value = chain });
        command.Parameters.Add(new NpgsqlParameter { Value = afterSeq });
        command.Parameters.Add(new NpgsqlParameter { Value = throughSeq });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        return await ReadEntriesAsync(command, cancellationToken);
    }

    public async Task<AuditCheckpoint?> PruneAsync(string chain, long throughSeq, DateTimeOffset olderThan, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long? seq = null;
        string? hash = null;
        await using (var target = new NpgsqlCommand(SelectPruneTarget, connection, transaction))
        {
            target.Parameters.Add(new NpgsqlParameter { Value = chain });
            target.Parameters.Add(new NpgsqlParameter { Value = throughSeq });
            target.Parameters.Add(new NpgsqlParameter { Value = olderThan.UtcDateTime });
            await using var reader = await target.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                seq = reader.GetInt64(0);
                hash = reader.GetString(1);
            }
        }
        if (seq is { } last && hash is not null)
        {
            await using var upsert = new NpgsqlCommand(UpsertCheckpoint, connection, transaction);
            upsert.Parameters.Add(new NpgsqlParameter { Value = chain });
            upsert.Parameters.Add(new NpgsqlParameter { Value = last });
            upsert.Parameters.Add(new NpgsqlParameter { Value = hash });
            upsert.Parameters.Add(new NpgsqlParameter { Value = AuditHashing.Normalize(now).UtcDateTime });
            await upsert.ExecuteNonQueryAsync(cancellationToken);
            await using var delete = new NpgsqlCommand(DeletePruned, connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter { Value = chain });
            delete.Parameters.Add(new NpgsqlParameter { Value = last });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }
        AuditCheckpoint? checkpoint = null;
        await using (var select = new NpgsqlCommand(SelectCheckpoint, connection, transaction))
        {
            select.Parameters.Add(new NpgsqlParameter { Value = chain });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                checkpoint = ReadCheckpoint(reader);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        return checkpoint;
    }

    private static async Task<List<AuditEntry>> ReadEntriesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                reader.GetString(0),
                reader.GetInt64(1),
                new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetInt32(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.GetString(8),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                reader.GetString(10),
                reader.GetString(11)));
        }
        return entries;
    }

    private static AuditCheckpoint ReadCheckpoint(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), reader.GetString(1), new DateTimeOffset(reader.GetDateTime(2), TimeSpan.Zero));

    private static NpgsqlBatchCommand Command(string sql, string chain)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = chain });
        return command;
    }

    private static NpgsqlParameter TextArray(IEnumerable<string?> values) =>
        new() { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
