namespace Thaiyyal.Grains.Engine.Model;

/// <summary>A decoded workflow payload. Node and edge order is the payload's order, which the engine relies on.</summary>
public sealed record WorkflowDefinition(string? WorkflowId, IReadOnlyList<NodeDefinition> Nodes, IReadOnlyList<EdgeDefinition> Edges);
