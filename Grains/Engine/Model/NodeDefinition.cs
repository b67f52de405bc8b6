namespace Thaiyyal.Grains.Engine.Model;

/// <summary>A node of a workflow: its id, resolved type (declared or inferred) and data; <see cref="Config"/> is null when <c>data</c> was missing or null.</summary>
public sealed record NodeDefinition(string Id, string Type, NodeConfig? Config);
