namespace Thaiyyal.Grains.Engine.Model;

/// <summary>One field of a node's data structure: its JSON name and its Go type.</summary>
public sealed record ConfigField(string Name, FieldKind Kind);
