using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Workflows;

namespace Thaiyyal.Client.Api.Workflows;

/// <summary>A saved workflow; <see cref="Definition"/> is the published version's (only when one workflow is read).</summary>
public sealed record WorkflowResponse(
    string Id,
    string Name,
    string? Description,
    int LatestVersion,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    JsonElement? Definition)
{
    public static WorkflowResponse From(WorkflowSnapshot workflow, string? definitionJson = null) => new(
        workflow.Id, workflow.Name, workflow.Description, workflow.LatestVersion, workflow.PublishedVersion,
        workflow.CreatedAt, workflow.UpdatedAt, JsonText.ToElement(definitionJson));
}
