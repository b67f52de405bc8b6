namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// The one writer of an audit chain, so its entries form a single line. Key: the chain (<see cref="AuditChains"/>:
/// a tenant id, or <see cref="AuditChains.Installation"/>).
/// </summary>
[Alias("thaiyyal.IAuditGrain")]
public interface IAuditGrain : IGrainWithStringKey
{
    /// <summary>Seals the record as the chain's next entry and returns once it is stored.</summary>
    [Alias("Append")]
    Task<AuditEntry> AppendAsync(AuditRecord record);

    [Alias("GetHead")]
    Task<AuditHead> GetHeadAsync();

    /// <summary>Applies retention now (it also runs on a timer): prunes old entries and returns the checkpoint, if any.</summary>
    [Alias("Prune")]
    Task<AuditCheckpoint?> PruneAsync();
}
