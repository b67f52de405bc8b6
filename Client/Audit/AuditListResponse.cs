namespace Thaiyyal.Client.Audit;

/// <summary>A page of audit entries, newest first; <c>nextCursor</c> (null on the last page) asks for the next one.</summary>
public sealed record AuditListResponse(IReadOnlyList<AuditEntryResponse> Items, string? NextCursor);
