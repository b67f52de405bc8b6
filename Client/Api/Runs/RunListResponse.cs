namespace Thaiyyal.Client.Api.Runs;

/// <summary>A page of runs; <see cref="NextCursor"/> is null on the last page.</summary>
public sealed record RunListResponse(IReadOnlyList<RunListItem> Runs, string? NextCursor);
