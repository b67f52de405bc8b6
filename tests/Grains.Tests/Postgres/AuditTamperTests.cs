using Npgsql;
using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Audit;
using static Thaiyyal.Grains.Tests.Audit.AuditChainsForTests;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// The audit chain in PostgreSQL: rows edited or deleted directly in <c>thaiyyal_audit</c> are named by verify, and
/// retention leaves a checkpoint the chain still verifies from.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AuditTamperTests(PostgresFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewChain() => "t-" + Guid.NewGuid().ToString("N");

    private Task<AuditVerification> VerifyAsync(string chain) => fixture.Client.GetGrain<IAuditQueryGrain>(0).VerifyAsync(chain);

    private async Task<int> ExecuteAsync(string sql, string chain, long seq)
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue("chain", chain);
        command.Parameters.AddWithValue("seq", seq);
        return await command.ExecuteNonQueryAsync(Ct);
    }

    private async Task<List<AuditEntry>> AppendAsync(string chain, int count, DateTimeOffset? time = null, int first = 1)
    {
        var grain = fixture.Client.GetGrain<IAuditGrain>(chain);
        var entries = new List<AuditEntry>();
        for (var i = first; i < first + count; i++)
        {
            entries.Add(await grain.AppendAsync(Record(i, time ?? DateTimeOffset.UtcNow)));
        }
        return entries;
    }

    [Fact]
    public async Task Append_StoresEveryFieldWithItsLink()
    {
        var chain = NewChain();
        var written = await AppendAsync(chain, 3);

        var rows = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT seq, recorded_at, actor, action, target, outcome, client_address, request_id, trace_id, prev_hash, hash FROM thaiyyal_audit WHERE tenant_id = @chain ORDER BY seq",
            ("chain", chain));

        Assert.Equal([1L, 2, 3], rows.Select(r => (long)r[0]!));
        var second = rows[1];
        Assert.Equal(written[1].Time.UtcDateTime, (DateTime)second[1]!);
        Assert.Equal(["key:k2", "POST /api/v1/runs/{runId}/cancel", "runId=r-2", 202, "127.0.0.1", "req-2", null, written[0].Hash, written[1].Hash],
            second[2..]);
        Assert.Equal(AuditHashing.Genesis, rows[0][9]);
        var listed = await fixture.Client.GetGrain<IAuditQueryGrain>(0).ListAsync(new AuditQuery(chain, 10));
        Assert.Equal(written.AsEnumerable().Reverse(), listed.Entries); // read back exactly as sealed, newest first
    }

    [Fact]
    public async Task Verify_RowEditedInSql_NamesThatSeqAsHashMismatch()
    {
        var chain = NewChain();
        await AppendAsync(chain, 6);
        Assert.True((await VerifyAsync(chain)).Ok);

        Assert.Equal(1, await ExecuteAsync("UPDATE thaiyyal_audit SET outcome = 200 WHERE tenant_id = @chain AND seq = @seq", chain, 4));
        var edited = await VerifyAsync(chain);
        Assert.Equal(1, await ExecuteAsync("UPDATE thaiyyal_audit SET outcome = 204 WHERE tenant_id = @chain AND seq = @seq", chain, 4));
        var restored = await VerifyAsync(chain);

        Assert.False(edited.Ok);
        Assert.Equal(4, edited.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.HashMismatch, edited.Reason);
        Assert.Equal(3, edited.Checked);
        Assert.True(restored.Ok, restored.Detail); // the original value verifies again: the hash covers exactly the fields
        Assert.Equal(6, restored.Checked);
    }

    [Fact]
    public async Task Verify_RowDeletedInSql_NamesTheGap()
    {
        var chain = NewChain();
        await AppendAsync(chain, 6);

        Assert.Equal(1, await ExecuteAsync("DELETE FROM thaiyyal_audit WHERE tenant_id = @chain AND seq = @seq", chain, 3));
        var result = await VerifyAsync(chain);

        Assert.False(result.Ok);
        Assert.Equal(3, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.SeqGap, result.Reason);
        Assert.Equal(2, result.Checked);
    }

    [Fact]
    public async Task Verify_NewestRowsDeletedInSql_NamesTheMissingTail()
    {
        var chain = NewChain();
        await AppendAsync(chain, 5);

        Assert.Equal(2, await ExecuteAsync("DELETE FROM thaiyyal_audit WHERE tenant_id = @chain AND seq >= @seq", chain, 4));
        var result = await VerifyAsync(chain);

        Assert.Equal(4, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.TailMissing, result.Reason);
    }

    [Fact]
    public async Task Prune_OldRows_StoresCheckpoint_ChainStillVerifies_ThenADeletedKeptRowIsNamed()
    {
        var chain = NewChain();
        var old = await AppendAsync(chain, 4, new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero)); // beyond 365 days
        await AppendAsync(chain, 3, first: 5);

        var checkpoint = await fixture.Client.GetGrain<IAuditGrain>(chain).PruneAsync();
        await AppendAsync(chain, 1, first: 8);
        var afterPrune = await VerifyAsync(chain);

        Assert.NotNull(checkpoint);
        Assert.Equal(4, checkpoint.Seq);
        Assert.Equal(old[^1].Hash, checkpoint.Hash);
        var stored = await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT seq FROM thaiyyal_audit WHERE tenant_id = @chain ORDER BY seq", ("chain", chain));
        Assert.Equal([5L, 6, 7, 8], stored.Select(r => (long)r[0]!));
        var checkpointRow = Assert.Single(await PostgresRows.QueryAsync(fixture.ConnectionString,
            "SELECT seq, hash FROM thaiyyal_audit_checkpoints WHERE tenant_id = @chain", ("chain", chain)));
        Assert.Equal([4L, old[^1].Hash], checkpointRow);
        Assert.True(afterPrune.Ok, afterPrune.Detail);
        Assert.Equal(4, afterPrune.CheckpointSeq);
        Assert.Equal(4, afterPrune.Checked);

        Assert.Equal(1, await ExecuteAsync("DELETE FROM thaiyyal_audit WHERE tenant_id = @chain AND seq = @seq", chain, 5));
        var deleted = await VerifyAsync(chain);
        Assert.Equal(5, deleted.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.SeqGap, deleted.Reason);
    }

    [Fact]
    public async Task Prune_ThroughACount_KeepsTheNewestAndVerifiesFromTheCheckpoint()
    {
        var chain = NewChain();
        var written = await AppendAsync(chain, 6);
        await using var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString);
        var store = new PostgresAuditStore(dataSource);

        // What the grain asks for with MaxEntries = 2: everything through head - 2, whatever its age.
        var checkpoint = await store.PruneAsync(chain, throughSeq: 4, olderThan: DateTimeOffset.MinValue, DateTimeOffset.UtcNow, Ct);
        var again = await store.PruneAsync(chain, throughSeq: 2, olderThan: DateTimeOffset.MinValue, DateTimeOffset.UtcNow, Ct);
        var result = await VerifyAsync(chain);

        Assert.Equal((4L, written[3].Hash), (checkpoint!.Seq, checkpoint.Hash));
        Assert.Equal(checkpoint, again); // a checkpoint never moves back
        Assert.Equal([5L, 6], (await store.ReadAsync(chain, 0, long.MaxValue, 10, Ct)).Select(e => e.Seq));
        Assert.True(result.Ok, result.Detail);
        Assert.Equal(2, result.Checked);
    }

    [Fact]
    public async Task Append_AfterTheStoreFailed_ContinuesFromTheStoredHead()
    {
        var chain = NewChain();
        await AppendAsync(chain, 2);
        var grain = fixture.Client.GetGrain<IAuditGrain>(chain);

        // Another writer (a duplicate activation, a restore) took seq 3 behind the grain's back: the grain's append
        // fails on the primary key, then the grain reads the head again and the next append follows the stored row.
        var foreign = AuditHashing.Seal(chain, await grain.GetHeadAsync(), Record(3));
        await using (var dataSource = NpgsqlDataSource.Create(fixture.ConnectionString))
        {
            await using var insert = dataSource.CreateCommand(
                "INSERT INTO thaiyyal_audit (tenant_id, seq, recorded_at, actor, action, target, outcome, client_address, request_id, trace_id, prev_hash, hash) " +
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)");
            foreach (var value in new object?[] { chain, foreign.Seq, foreign.Time.UtcDateTime, foreign.Actor, foreign.Action, foreign.Target, foreign.Outcome, foreign.ClientAddress, foreign.RequestId, (object?)foreign.TraceId ?? DBNull.Value, foreign.PrevHash, foreign.Hash })
            {
                insert.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
            }
            await insert.ExecuteNonQueryAsync(Ct);
        }

        await Assert.ThrowsAnyAsync<Exception>(() => grain.AppendAsync(Record(4)));
        var next = await grain.AppendAsync(Record(4));

        Assert.Equal(4, next.Seq);
        Assert.Equal(foreign.Hash, next.PrevHash);
        Assert.True((await VerifyAsync(chain)).Ok);
    }
}
