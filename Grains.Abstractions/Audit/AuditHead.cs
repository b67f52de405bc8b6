namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>The newest entry of a chain (sequence number and hash); <c>(0, genesis)</c> for a chain without entries.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditHead")]
public sealed record AuditHead(long Seq, string Hash);
