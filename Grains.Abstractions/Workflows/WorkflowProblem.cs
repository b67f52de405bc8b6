namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>One thing wrong with a definition, naming its node or edge when it has one.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.WorkflowProblem")]
public sealed record WorkflowProblem(string Message, string? NodeId, string? EdgeId);
