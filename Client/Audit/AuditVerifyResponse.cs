using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Client.Audit;

/// <summary>
/// The result of recomputing a chain from its checkpoint: <c>ok</c>, how many entries were <c>checked</c>, and when a
/// link is broken the <c>firstBrokenSeq</c> and the <c>reason</c> (<c>hash-mismatch</c>: the row was edited;
/// <c>seq-gap</c>: a row was deleted; <c>prev-hash-mismatch</c>: a row was replaced; <c>tail-missing</c>: the newest
/// rows were deleted) with a sentence in <c>detail</c>. <c>headSeq</c>/<c>headHash</c> may be kept elsewhere to
/// anchor the chain.
/// </summary>
public sealed record AuditVerifyResponse(
    bool Ok, long Checked, long? FirstBrokenSeq, string? Reason, string? Detail, long CheckpointSeq, long HeadSeq, string HeadHash)
{
    public static AuditVerifyResponse From(AuditVerification v) =>
        new(v.Ok, v.Checked, v.FirstBrokenSeq, v.Reason, v.Detail, v.CheckpointSeq, v.Head?.Seq ?? 0, v.Head?.Hash ?? string.Empty);
}
