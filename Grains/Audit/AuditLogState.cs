using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>The persisted entries (oldest first) and checkpoint of one audit chain (Memory mode).</summary>
[GenerateSerializer, Alias("thaiyyal.AuditLogState")]
public sealed class AuditLogState
{
    [Id(0)] public List<AuditEntry> Entries { get; set; } = [];

    [Id(1)] public AuditCheckpoint? Checkpoint { get; set; }
}
