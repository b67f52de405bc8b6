namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>A saved workflow as clients see it (without its definitions).</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.WorkflowSnapshot")]
public sealed record WorkflowSnapshot(
    string Id,
    string Name,
    string? Description,
    int LatestVersion,
    int? PublishedVersion,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
