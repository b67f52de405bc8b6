namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// A page of one chain's entries, newest first (descending <see cref="AuditEntry.Seq"/>). <see cref="BeforeSeq"/> is
/// the last entry of the previous page, so pages stay stable while entries are appended.
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.AuditQuery")]
public sealed record AuditQuery(string Chain, int Limit)
{
    [Id(0)] public string? Actor { get; init; }

    /// <summary>The exact action, e.g. <c>POST /api/v1/runs/{runId}/cancel</c>.</summary>
    [Id(1)] public string? Action { get; init; }

    /// <summary>The lowest status code wanted (inclusive).</summary>
    [Id(2)] public int? OutcomeFrom { get; init; }

    /// <summary>The highest status code wanted (inclusive).</summary>
    [Id(3)] public int? OutcomeTo { get; init; }

    /// <summary>Entries recorded at or after this time.</summary>
    [Id(4)] public DateTimeOffset? From { get; init; }

    /// <summary>Entries recorded before this time.</summary>
    [Id(5)] public DateTimeOffset? To { get; init; }

    /// <summary>Only entries with a lower sequence number (the cursor).</summary>
    [Id(6)] public long? BeforeSeq { get; init; }
}
