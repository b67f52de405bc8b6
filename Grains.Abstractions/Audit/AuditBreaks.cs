namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>Why a chain does not verify: the stable codes <see cref="AuditVerification.Reason"/> takes.</summary>
public static class AuditBreaks
{
    /// <summary>An entry's stored hash is not the hash of its fields: the row was edited.</summary>
    public const string HashMismatch = "hash-mismatch";

    /// <summary>A sequence number is missing: a row was deleted (or rows were reordered).</summary>
    public const string SeqGap = "seq-gap";

    /// <summary>An entry does not name the hash of the entry before it: a row was replaced or moved.</summary>
    public const string PrevHashMismatch = "prev-hash-mismatch";

    /// <summary>The stored chain ends before the head the audit grain wrote: the newest rows were deleted.</summary>
    public const string TailMissing = "tail-missing";
}
