using System.Globalization;
using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// Recomputes a chain entry by entry, in stored order, from a starting link (the checkpoint, or the genesis) and
/// stops at the first broken one: a missing sequence number (a deleted row; a reordered one shows as a gap where it
/// should have been), an entry that does not name the previous entry's hash (a replaced row) or whose own hash is not
/// that of its fields (an edited row).
/// </summary>
public sealed class AuditChainVerifier
{
    private readonly long _startSeq;
    private long _lastSeq;
    private string _lastHash;
    private AuditVerification? _break;

    public AuditChainVerifier(long startSeq = 0, string? startHash = null)
    {
        _startSeq = startSeq;
        _lastSeq = startSeq;
        _lastHash = startHash ?? AuditHashing.Genesis;
    }

    /// <summary>Entries that verified so far.</summary>
    public long Checked { get; private set; }

    public bool IsBroken => _break is not null;

    /// <summary>The sequence number of the last verified entry.</summary>
    public long LastSeq => _lastSeq;

    /// <summary>Checks the next stored entry; false once the chain is broken (later entries are not looked at).</summary>
    public bool Add(AuditEntry entry)
    {
        if (_break is not null)
        {
            return false;
        }
        var expected = _lastSeq + 1;
        if (entry.Seq != expected)
        {
            return Broken(expected, AuditBreaks.SeqGap, entry.Seq > expected
                ? $"Entry {Number(expected)} is missing: the next stored entry is {Number(entry.Seq)}."
                : $"Entry {Number(entry.Seq)} is stored out of order, where entry {Number(expected)} belongs.");
        }
        if (!string.Equals(entry.PrevHash, _lastHash, StringComparison.Ordinal))
        {
            return Broken(entry.Seq, AuditBreaks.PrevHashMismatch,
                $"Entry {Number(entry.Seq)} names {entry.PrevHash} as the previous hash, but the entry before it has {_lastHash}.");
        }
        if (!string.Equals(AuditHashing.HashOf(entry, _lastHash), entry.Hash, StringComparison.Ordinal))
        {
            return Broken(entry.Seq, AuditBreaks.HashMismatch,
                $"Entry {Number(entry.Seq)} does not hash to its stored hash: its fields were changed after it was written.");
        }
        _lastSeq = entry.Seq;
        _lastHash = entry.Hash;
        Checked++;
        return true;
    }

    /// <summary>The result, comparing the end of the stored chain with the head its writer knows, when given.</summary>
    public AuditVerification Finish(AuditHead? head = null)
    {
        if (_break is null && head is not null && head.Seq > _startSeq)
        {
            if (head.Seq > _lastSeq)
            {
                Broken(_lastSeq + 1, AuditBreaks.TailMissing,
                    $"The stored chain ends at entry {Number(_lastSeq)}, but its writer wrote up to entry {Number(head.Seq)}.");
            }
            else if (head.Seq == _lastSeq && !string.Equals(head.Hash, _lastHash, StringComparison.Ordinal))
            {
                Broken(head.Seq, AuditBreaks.HashMismatch,
                    $"Entry {Number(head.Seq)} is not the entry its writer wrote: its hash is {_lastHash}, not {head.Hash}.");
            }
        }
        return (_break ?? new AuditVerification(true, Checked, null, null)) with { CheckpointSeq = _startSeq, Head = head };
    }

    private bool Broken(long seq, string reason, string detail)
    {
        _break = new AuditVerification(false, Checked, seq, reason) { Detail = detail };
        return false;
    }

    private static string Number(long seq) => seq.ToString(CultureInfo.InvariantCulture);
}
