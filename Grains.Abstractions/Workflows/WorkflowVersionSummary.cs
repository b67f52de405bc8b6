namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>A version in a list of versions (without its definition).</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.WorkflowVersionSummary")]
public sealed record WorkflowVersionSummary(int Version, string Name, DateTimeOffset CreatedAt, bool Published);
