using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Audit;
using static Thaiyyal.Grains.Tests.Audit.AuditChainsForTests;

namespace Thaiyyal.Grains.Tests.Audit;

/// <summary>Verification names the first broken link of a chain, whatever was done to it.</summary>
public sealed class AuditChainVerifierTests
{
    private static AuditHead HeadOf(List<AuditEntry> entries) => new(entries[^1].Seq, entries[^1].Hash);

    [Fact]
    public void Verify_IntactChain_IsOkAndChecksEveryEntry()
    {
        var entries = Chain("acme", 6);

        var result = Verify(entries, HeadOf(entries));

        Assert.True(result.Ok);
        Assert.Equal(6, result.Checked);
        Assert.Null(result.FirstBrokenSeq);
        Assert.Null(result.Reason);
    }

    [Fact]
    public void Verify_EditedField_NamesThatEntryAsHashMismatch()
    {
        var entries = Chain("acme", 6);
        var head = HeadOf(entries);
        entries[3] = entries[3] with { Outcome = 200 };

        var result = Verify(entries, head);

        Assert.False(result.Ok);
        Assert.Equal(4, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.HashMismatch, result.Reason);
        Assert.Equal(3, result.Checked);
    }

    [Fact]
    public void Verify_EditedFieldWithItsHashRecomputed_NamesTheNextEntryAsPrevHashMismatch()
    {
        var entries = Chain("acme", 6);
        var edited = entries[2] with { Actor = "key:mallory" };
        entries[2] = edited with { Hash = AuditHashing.HashOf(edited, entries[1].Hash) };

        var result = Verify(entries, HeadOf(entries));

        Assert.Equal(4, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.PrevHashMismatch, result.Reason);
    }

    [Fact]
    public void Verify_DeletedEntry_NamesTheMissingSeq()
    {
        var entries = Chain("acme", 6);
        var head = HeadOf(entries);
        entries.RemoveAt(2);

        var result = Verify(entries, head);

        Assert.Equal(3, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.SeqGap, result.Reason);
        Assert.Contains("Entry 3 is missing", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ReorderedEntries_NamesTheFirstOutOfPlace()
    {
        var entries = Chain("acme", 6);
        var head = HeadOf(entries);
        (entries[2], entries[3]) = (entries[3], entries[2]);

        var result = Verify(entries, head);

        Assert.Equal(3, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.SeqGap, result.Reason);
    }

    [Fact]
    public void Verify_ReorderedEntriesRenumbered_NamesTheFirstMovedEntryAsPrevHashMismatch()
    {
        var entries = Chain("acme", 6);
        var head = HeadOf(entries);
        var (third, fourth) = (entries[2], entries[3]);
        entries[2] = fourth with { Seq = 3 };
        entries[3] = third with { Seq = 4 };

        var result = Verify(entries, head);

        Assert.Equal(3, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.PrevHashMismatch, result.Reason);
    }

    [Fact]
    public void Verify_NewestEntriesDeleted_NamesTheMissingTail()
    {
        var entries = Chain("acme", 6);
        var head = HeadOf(entries);

        var result = Verify(entries.Take(4), head);

        Assert.Equal(5, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.TailMissing, result.Reason);
    }

    [Fact]
    public void Verify_NewestEntryReplacedConsistently_DiffersFromTheWritersHead()
    {
        var entries = Chain("acme", 6);
        var head = HeadOf(entries);
        var forged = entries[5] with { Outcome = 200 };
        entries[5] = forged with { Hash = AuditHashing.HashOf(forged, entries[4].Hash) };

        var result = Verify(entries, head);

        Assert.Equal(6, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.HashMismatch, result.Reason);
    }

    [Fact]
    public void Verify_FromCheckpoint_ChecksOnlyTheKeptEntries()
    {
        var entries = Chain("acme", 6);
        var checkpoint = entries[2];

        var result = Verify(entries.Skip(3), HeadOf(entries), checkpoint.Seq, checkpoint.Hash);

        Assert.True(result.Ok);
        Assert.Equal(3, result.Checked);
        Assert.Equal(3, result.CheckpointSeq);
    }

    [Fact]
    public void Verify_FromCheckpoint_FirstKeptEntryDeleted_NamesIt()
    {
        var entries = Chain("acme", 6);
        var checkpoint = entries[2];

        var result = Verify(entries.Skip(4), HeadOf(entries), checkpoint.Seq, checkpoint.Hash);

        Assert.Equal(4, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.SeqGap, result.Reason);
    }

    [Fact]
    public void Verify_CheckpointHashEdited_NamesTheFirstKeptEntry()
    {
        var entries = Chain("acme", 6);

        var result = Verify(entries.Skip(3), HeadOf(entries), 3, new string('e', 64));

        Assert.Equal(4, result.FirstBrokenSeq);
        Assert.Equal(AuditBreaks.PrevHashMismatch, result.Reason);
    }
}
