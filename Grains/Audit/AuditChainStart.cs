using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>What a store holds of a chain's ends: its newest stored entry and its checkpoint, each null when absent.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditChainStart")]
public sealed record AuditChainStart(AuditHead? Newest, AuditCheckpoint? Checkpoint)
{
    /// <summary>The head the chain continues from: the newest entry, else the checkpoint, else the genesis.</summary>
    public AuditHead Head => Newest ?? (Checkpoint is { } checkpoint ? new AuditHead(checkpoint.Seq, checkpoint.Hash) : new AuditHead(0, AuditHashing.Genesis));
}
