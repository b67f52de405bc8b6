using Npgsql;
using NpgsqlTypes;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Events;
using Thaiyyal.Grains.Persistence.Migrations;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// Migration 0007 moves what the single-tenant schema held into tenant <c>default</c>: a database migrated to 0006 and
/// written the way the code before tenants wrote it (its exact statements) reads back whole through today's store.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class TenantMigrationTests(PostgresFixture fixture)
{
    private const int LastSchemaBeforeTenants = 6;

    private static readonly DateTimeOffset At = new(2026, 11, 30, 8, 15, 0, TimeSpan.Zero);

    // The statements of PostgresRunHistoryStore before tenants, verbatim.
    private const string OldInsertEvents = """
        INSERT INTO thaiyyal_run_events (run_id, seq, type, payload, created_at)
        SELECT $1, e.seq, e.type, e.payload, e.created_at
        FROM unnest($2::bigint[], $3::text[], $4::jsonb[], $5::timestamptz[]) AS e(seq, type, payload, created_at)
        ON CONFLICT (run_id, seq) DO NOTHING
        """;

    private const string OldUpsertRun = """
        INSERT INTO thaiyyal_runs (run_id, tenant_id, workflow_id, status, created_at, completed_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (run_id) DO UPDATE SET status = excluded.status, completed_at = excluded.completed_at,
            workflow_id = coalesce(excluded.workflow_id, thaiyyal_runs.workflow_id)
        """;

    [Fact]
    public async Task Migrate_DatabaseWrittenBeforeTenants_EveryRunAndEventIsTenantDefaults()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = await fixture.Server.CreateDatabaseAsync(migrate: false, ct);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource, MigrationCatalog.UpTo(LastSchemaBeforeTenants)).MigrateAsync(ct);
        var finished = OldRun("0f3c9a1e2b4d4c6e8a0b1c2d3e4f5a6b", "wf-old", completed: true);
        var waiting = OldRun("eu.7d1e2f3a4b5c4d6e8f9a0b1c2d3e4f5a", "wf-old", completed: false);
        foreach (var (runId, events) in new[] { finished, waiting })
        {
            await WriteAsBeforeTenantsAsync(dataSource, runId, events, ct);
        }

        var applied = await new SchemaMigrator(dataSource).MigrateAsync(ct);

        Assert.Equal("0007_thaiyyal_tenants", applied[0].Name);
        var store = new PostgresRunHistoryStore(dataSource);
        foreach (var (runId, events) in new[] { finished, waiting })
        {
            var read = await store.ReadAsync(TenantIds.Default, runId, 0, ct);
            Assert.Equal(events.Select(RunEventJson.Serialize), read.Select(RunEventJson.Serialize));
            Assert.Empty(await store.ReadAsync("acme", runId, 0, ct)); // nothing of it belongs to any other tenant
        }
        var page = await store.ListAsync(new RunListQuery(TenantIds.Default, 10), ct);
        Assert.Equal(
            [(waiting.RunId, "waiting", (DateTimeOffset?)null), (finished.RunId, "completed", At.AddSeconds(3))],
            page.Runs.Select(r => (r.RunId, r.Status, r.CompletedAt)));
        Assert.All(page.Runs, r => Assert.Equal(("wf-old", TenantIds.Default), (r.WorkflowId, r.TenantId)));
        Assert.Empty((await store.ListAsync(new RunListQuery("acme", 10), ct)).Runs);

        // The migrated run goes on where it stopped: its next events append after the old ones, a replayed one is ignored.
        var resumed = RunEvents.RunResumed(At.AddMinutes(5), "ask", "wait_event") with { RunId = waiting.RunId, Seq = waiting.Events.Count + 1, WorkflowId = "wf-old" };
        await store.AppendAsync(TenantIds.Default, waiting.RunId, [waiting.Events[^1], resumed], ct);
        var after = await store.ReadAsync(TenantIds.Default, waiting.RunId, 0, ct);
        Assert.Equal(waiting.Events.Count + 1, after.Count);
        Assert.Equal(RunEventTypes.RunResumed, after[^1].Type);
        Assert.Equal("running", Assert.Single((await store.ListAsync(new RunListQuery(TenantIds.Default, 10) { WorkflowId = "wf-old" }, ct)).Runs, r => r.RunId == waiting.RunId).Status);
        var keys = await PostgresRows.QueryAsync(connectionString, """
            SELECT string_agg(a.attname, ',' ORDER BY k.ord)
            FROM pg_constraint c CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
            JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
            WHERE c.contype = 'p' AND c.conrelid::regclass::text IN ('thaiyyal_run_events', 'thaiyyal_runs')
            GROUP BY c.conrelid ORDER BY c.conrelid::regclass::text
            """);
        Assert.Equal(["tenant_id,run_id,seq", "tenant_id,run_id"], keys.Select(k => (string)k[0]!));
    }

    /// <summary>A run's events as the engine numbers them: started, two nodes, then completed or parked on a wait.</summary>
    private static (string RunId, List<RunEvent> Events) OldRun(string runId, string workflowId, bool completed)
    {
        var events = new List<RunEvent>
        {
            RunEvents.RunStarted(At, workflowId),
            RunEvents.NodeStarted(At.AddSeconds(1), "a", "number"),
            RunEvents.NodeCompleted(At.AddSeconds(2), "a", "number", "5", 1),
            completed
                ? RunEvents.RunEnded(At.AddSeconds(3), "completed", workflowId, "5", [])
                : RunEvents.RunWaiting(At.AddSeconds(3), "ask", "wait_event", null, "approval"),
        };
        return (runId, events.Select((e, i) => e with
        {
            RunId = runId,
            Seq = i + 1,
            WorkflowId = workflowId,
            RunStatus = e.RunStatus ?? "running",
        }).ToList());
    }

    /// <summary>One flush as the store before tenants made it: the events, then the index rows they imply (tenant 'default').</summary>
    private static async Task WriteAsBeforeTenantsAsync(NpgsqlDataSource dataSource, string runId, List<RunEvent> events, CancellationToken ct)
    {
        await using var batch = dataSource.CreateBatch();
        var insert = new NpgsqlBatchCommand(OldInsertEvents);
        insert.Parameters.Add(new NpgsqlParameter { Value = runId });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Seq).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Type).ToArray() });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(RunEventJson.Payload).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        insert.Parameters.Add(new NpgsqlParameter { Value = events.Select(e => e.Timestamp.UtcDateTime).ToArray() });
        batch.BatchCommands.Add(insert);
        foreach (var summary in RunIndexUpdates.From(TenantIds.Default, events))
        {
            var upsert = new NpgsqlBatchCommand(OldUpsertRun);
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.RunId });
            upsert.Parameters.Add(new NpgsqlParameter { Value = "default" }); // what RunSummary.TenantId always was
            upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)summary.WorkflowId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.Status });
            upsert.Parameters.Add(new NpgsqlParameter { Value = summary.CreatedAt.UtcDateTime });
            upsert.Parameters.Add(new NpgsqlParameter { Value = (object?)summary.CompletedAt?.UtcDateTime ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz });
            batch.BatchCommands.Add(upsert);
        }
        await batch.ExecuteNonQueryAsync(ct);
    }
}
