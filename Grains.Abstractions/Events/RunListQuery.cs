namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>
/// A page of runs, newest first. <see cref="After"/> is the last run of the previous page (keyset paging on
/// created time, then run id), so pages stay stable while new runs arrive.
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunListQuery")]
public sealed record RunListQuery(string TenantId, int Limit)
{
    [Id(0)] public string? Status { get; init; }

    [Id(1)] public string? WorkflowId { get; init; }

    /// <summary>Runs created at or after this time.</summary>
    [Id(2)] public DateTimeOffset? From { get; init; }

    /// <summary>Runs created before this time.</summary>
    [Id(3)] public DateTimeOffset? To { get; init; }

    [Id(4)] public RunCursor? After { get; init; }
}
