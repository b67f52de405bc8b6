namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>The outcome of a whole run, in the reference's terms.</summary>
public sealed record WorkflowRunResult(
    string Status,
    IReadOnlyDictionary<string, object?> NodeResults,
    object? FinalOutput,
    IReadOnlyList<string> Errors);
