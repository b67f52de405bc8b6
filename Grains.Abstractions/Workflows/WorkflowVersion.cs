namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>One immutable version of a workflow's definition.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.WorkflowVersion")]
public sealed record WorkflowVersion(string WorkflowId, string Name, int Version, string DefinitionJson, DateTimeOffset CreatedAt, bool Published);
