using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Client.Audit;

/// <summary>One audit entry as the API shows it; <c>tenant</c> is the chain (<c>_installation</c> for the installation's).</summary>
public sealed record AuditEntryResponse(
    long Seq,
    DateTimeOffset Time,
    string Tenant,
    string Actor,
    string Action,
    string Target,
    int Outcome,
    string? ClientAddress,
    string RequestId,
    string? TraceId,
    string PrevHash,
    string Hash)
{
    public static AuditEntryResponse From(AuditEntry e) =>
        new(e.Seq, e.Time, e.Chain, e.Actor, e.Action, e.Target, e.Outcome, e.ClientAddress, e.RequestId, e.TraceId, e.PrevHash, e.Hash);
}
