using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Audit;
using Thaiyyal.Grains.Tests.Support;
using static Thaiyyal.Grains.Tests.Audit.AuditChainsForTests;

namespace Thaiyyal.Grains.Tests.Audit;

/// <summary>The audit chain's writer and reader on the Memory mode store (a two-silo cluster, memory grain storage).</summary>
[Collection(ClusterCollection.Name)]
public sealed class AuditGrainTests(ClusterFixture fixture)
{
    private static string NewChain() => "t-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Append_ConcurrentRecords_FormOneGaplessChainThatVerifies()
    {
        var chain = NewChain();
        var grain = fixture.Client.GetGrain<IAuditGrain>(chain);

        var entries = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => grain.AppendAsync(Record(i))));

        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), entries.Select(e => e.Seq).Order());
        Assert.All(entries, e => Assert.Equal(chain, e.Chain));
        var head = await grain.GetHeadAsync();
        Assert.Equal(40, head.Seq);
        var verification = await fixture.Client.GetGrain<IAuditQueryGrain>(0).VerifyAsync(chain);
        Assert.True(verification.Ok, verification.Detail);
        Assert.Equal(40, verification.Checked);
        Assert.Equal(head, verification.Head);
    }

    [Fact]
    public async Task List_NewestFirstWithFiltersAndCursor_PagesWithoutOverlap()
    {
        var chain = NewChain();
        var grain = fixture.Client.GetGrain<IAuditGrain>(chain);
        for (var i = 1; i <= 7; i++)
        {
            await grain.AppendAsync(Record(i));
        }
        var query = fixture.Client.GetGrain<IAuditQueryGrain>(0);

        var first = await query.ListAsync(new AuditQuery(chain, 3));
        var second = await query.ListAsync(new AuditQuery(chain, 3) { BeforeSeq = first.NextBeforeSeq });
        var last = await query.ListAsync(new AuditQuery(chain, 3) { BeforeSeq = second.NextBeforeSeq });
        var byActor = await query.ListAsync(new AuditQuery(chain, 10) { Actor = "key:k1", OutcomeFrom = 200, OutcomeTo = 205 });

        Assert.Equal([7L, 6, 5], first.Entries.Select(e => e.Seq));
        Assert.Equal([4L, 3, 2], second.Entries.Select(e => e.Seq));
        Assert.Equal([1L], last.Entries.Select(e => e.Seq));
        Assert.Null(last.NextBeforeSeq);
        Assert.Equal([4L, 1], byActor.Entries.Select(e => e.Seq)); // k1 is i % 3 == 1: 1, 4, 7; outcome 200 + i ≤ 205
    }

    [Fact]
    public async Task Prune_EntriesOlderThanRetention_LeaveACheckpointTheChainVerifiesFrom()
    {
        var chain = NewChain();
        var grain = fixture.Client.GetGrain<IAuditGrain>(chain);
        var longAgo = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero); // beyond the default 365 days
        for (var i = 1; i <= 4; i++)
        {
            await grain.AppendAsync(Record(i, longAgo.AddMinutes(i)));
        }
        var kept = new List<AuditEntry>();
        for (var i = 5; i <= 7; i++)
        {
            kept.Add(await grain.AppendAsync(Record(i, DateTimeOffset.UtcNow)));
        }

        var checkpoint = await grain.PruneAsync();
        await grain.AppendAsync(Record(8, DateTimeOffset.UtcNow)); // the chain continues after pruning

        Assert.NotNull(checkpoint);
        Assert.Equal(4, checkpoint.Seq);
        Assert.Equal(kept[0].PrevHash, checkpoint.Hash);
        var page = await fixture.Client.GetGrain<IAuditQueryGrain>(0).ListAsync(new AuditQuery(chain, 10));
        Assert.Equal([8L, 7, 6, 5], page.Entries.Select(e => e.Seq));
        var verification = await fixture.Client.GetGrain<IAuditQueryGrain>(0).VerifyAsync(chain);
        Assert.True(verification.Ok, verification.Detail);
        Assert.Equal(4, verification.CheckpointSeq);
        Assert.Equal(4, verification.Checked);
    }

    [Fact]
    public async Task Append_ToANameThatIsNoChain_IsRefused()
    {
        var grain = fixture.Client.GetGrain<IAuditGrain>("Not/A-Tenant");

        await Assert.ThrowsAnyAsync<Exception>(() => grain.AppendAsync(Record(1)));
    }
}
