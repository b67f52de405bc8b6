namespace Thaiyyal.Client.Api.Workflows;

/// <summary>A run started from a saved workflow, with the version it is pinned to; follow <c>Location</c> for its progress.</summary>
public sealed record WorkflowRunResponse(string RunId, string WorkflowId, int WorkflowVersion, string Status, string Location);
