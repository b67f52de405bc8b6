namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// One link of an audit chain: a record, its place (<see cref="Seq"/>, from 1, without gaps), the hash of the entry
/// before it and its own hash, SHA-256 over that previous hash and the entry's canonical form (lowercase hex).
/// <see cref="Chain"/> is the tenant id, or <see cref="AuditChains.Installation"/>.
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditEntry")]
public sealed record AuditEntry(
    string Chain,
    long Seq,
    DateTimeOffset Time,
    string Actor,
    string Action,
    string Target,
    int Outcome,
    string? ClientAddress,
    string RequestId,
    string? TraceId,
    string PrevHash,
    string Hash);
