using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Workflows;

namespace Thaiyyal.Client.Api.Workflows;

/// <summary>One version of a workflow with its definition.</summary>
public sealed record WorkflowVersionResponse(string WorkflowId, int Version, string Name, bool Published, DateTimeOffset CreatedAt, JsonElement? Definition)
{
    public static WorkflowVersionResponse From(WorkflowVersion version) => new(
        version.WorkflowId, version.Version, version.Name, version.Published, version.CreatedAt, JsonText.ToElement(version.DefinitionJson));
}
