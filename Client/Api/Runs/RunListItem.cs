namespace Thaiyyal.Client.Api.Runs;

/// <summary>One run in a list.</summary>
public sealed record RunListItem(string RunId, string? WorkflowId, string Status, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
