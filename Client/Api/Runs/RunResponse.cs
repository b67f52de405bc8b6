using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Client.Api.Runs;

/// <summary>A run: status, timestamps, final output and every node's status, result or error.</summary>
public sealed record RunResponse(
    string RunId,
    string? WorkflowId,
    string Status,
    DateTimeOffset? CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    JsonElement? FinalOutput,
    IReadOnlyList<string> Errors,
    IReadOnlyList<NodeResponse> Nodes,
    string? SavedWorkflowId,
    int? WorkflowVersion,
    string? HomeRegion)
{
    public static RunResponse From(RunSnapshot run) => new(
        run.RunId, run.WorkflowId, run.Status, run.CreatedAt, run.StartedAt, run.CompletedAt,
        JsonText.ToElement(run.FinalOutputJson), run.Errors, run.Nodes.Select(NodeResponse.From).ToList(),
        run.SavedWorkflowId, run.WorkflowVersion, run.HomeRegion);
}
