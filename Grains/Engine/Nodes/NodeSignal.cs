namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>An external event delivered to a node: its name and its JSON payload as a value.</summary>
public sealed record NodeSignal(string Name, object? Payload);
