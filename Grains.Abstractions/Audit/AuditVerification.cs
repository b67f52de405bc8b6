namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// The result of recomputing a chain from its checkpoint: how many entries were checked and, when a link is broken,
/// the first broken sequence number and why (<see cref="AuditBreaks"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditVerification")]
public sealed record AuditVerification(bool Ok, long Checked, long? FirstBrokenSeq, string? Reason)
{
    /// <summary>A sentence about the break, naming what was expected and found.</summary>
    [Id(0)] public string? Detail { get; init; }

    /// <summary>The sequence number verification started after (0 without a checkpoint).</summary>
    [Id(1)] public long CheckpointSeq { get; init; }

    /// <summary>The newest entry the audit grain wrote, for anchoring the chain outside the database.</summary>
    [Id(2)] public AuditHead? Head { get; init; }
}
