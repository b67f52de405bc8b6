using Npgsql;
using NpgsqlTypes;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// Postgres mode: history in <c>thaiyyal_run_events</c>, the runs index in <c>thaiyyal_runs</c>. One flush is one
/// batch (a single multi-row insert of the events from arrays, plus the index rows it implies) and so one commit.
/// Both tables are keyed by tenant first (migration 0007) and every statement names the tenant.
/// </summary>
internal sealed class PostgresRunHistoryStore(NpgsqlDataSource dataSource) : IRunHistoryStore
{
    private const string InsertEvents = """
        INSERT INTO thaiyyal_run_events (tenant_id, run_id, seq, type, payload, created_at)
        SELECT $1, $2, e.seq, e.type, e.payload, e.created_at
        FROM unnest($3::bigint[], $4::text[], $5::jsonb[], $6::timestamptz[]) AS e(seq, type, payload, created_at)
        ON CONFLICT (tenant_id, run_id, seq) DO NOTHING
        """;

    private const string UpsertRun = """
        INSERT INTO thaiyyal_runs (run_id, tenant_id, workflow_id, status, created_at, completed_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (tenant_id, run_id) DO UPDATE SET status = excluded.status, completed_at = excluded.completed_at,
            workflow_id = coalesce(excluded.workflow_id, thaiyyal_runs.workflow_id)
        """;

    private const string SelectEvents = """
        SELECT seq, type, payload::text, created_at FROM thaiyyal_run_events
        WHERE tenant_id = $1 AND run_id = $2 AND seq > $3 ORDER BY seq
        """;

    private const string SelectRuns = """
        SELECT run_id, tenant_id, workflow_id, status, created_at, completed_at FROM thaiyyal_runs
        WHERE tenant_id = $1
          AND ($2::text IS NULL OR status = $2)
          AND ($3::text IS NULL OR workflow_id = $3)
          AND ($4::timestamptz IS NULL OR created_at >= $4)
          AND ($5::timestamptz IS NULL OR created_at < $5)
          AND ($6::timestamptz IS NULL OR (created_at, run_id) < ($6, $7::text))
        ORDER BY created_at DESC, run_id DESC
        LIMIT $8
        """;

    public async Task AppendAsync(string tenantId, string runId, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }
        await using var batch = dataSource.CreateBatch();
        var insert = new NpgsqlBatchCommand(InsertEvents);
        insert.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        insert.Parameters.Add(new NpgsqlParameter { Value = runId });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Seq).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Type).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(RunEventJson.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Timestamp.UtcDateTime).ToArray() });
        batch.BatchCommands.Add(insert);
        foreach (var summary in RunIndexUpdates.From(tenantId, events))
        {
            var upsert = new NpgsqlBatchCommand(UpsertRun);
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.RunId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.TenantId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)summary.WorkflowId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.Status });
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.CreatedAt.UtcDateTime });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)summary.CompletedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            batch.BatchCommands.Add(upsert);
        }
        // A batch without an explicit transaction runs in one implicit transaction: one commit per flush.
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<RunEvent>> ReadAsync(string tenantId, string runId, long afterSeq, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectEvents);
        command.Parameters.Add(new NpgsqlParameter { Value = tenantId });
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        command.Parameters.Add(new NpgsqlParameter { Value = afterSeq });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<RunEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(RunEventJson.FromPayload(
                runId, reader.GetInt64(0), reader.GetString(1), new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero), reader.GetString(2)));
        }
        return events;
    }

    public async Task<RunPage> ListAsync(RunListQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(SelectRuns);
        command.Parameters.Add(new NpgsqlParameter { Value = query.TenantId });
        command.Parameters.Add(Nullable(query.Status, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(query.WorkflowId, NpgsqlDbType.Text));
        command.Parameters.Add(Nullable(query.From?.UtcDateTime, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Nullable(query.To?.UtcDateTime, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Nullable(query.After?.CreatedAt.UtcDateTime, NpgsqlDbType.TimestampTz));
        command.Parameters.Add(Nullable(query.After?.RunId, NpgsqlDbType.Text));
        command.Parameters.Add(new NpgsqlParameter { Value = query.Limit + 1 });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<RunSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new RunSummary(reader.GetString(0), reader.GetString(3), new DateTimeOffset(reader.GetDateTime(4), TimeSpan.Zero))
            {
                TenantId = reader.GetString(1),
                WorkflowId = reader.IsDBNull(2) ? null : reader.GetString(2),
                CompletedAt = reader.IsDBNull(5) ? null : new DateTimeOffset(reader.GetDateTime(5), TimeSpan.Zero),
            });
        }
        return RunPages.Of(rows, query.Limit);
    }

    private static NpgsqlParameter Nullable(object? value, NpgsqlDbType type) =>
        new() { Value = value ?? DBNull.Value, NpgsqlDbType = type };
}
