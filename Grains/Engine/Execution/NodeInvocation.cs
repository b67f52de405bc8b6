using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>One node ready to execute: its definition, its inputs and the results it may reference.</summary>
public sealed record NodeInvocation(
    NodeDefinition Node,
    IReadOnlyList<object?> Inputs,
    IReadOnlyDictionary<string, object?> VisibleResults,
    bool UsesRunState);
