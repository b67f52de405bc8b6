namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>A run as clients see it.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunSnapshot")]
public sealed record RunSnapshot(string RunId, string Status)
{
    public const string UnknownStatus = "unknown";

    [Id(0)] public string? WorkflowId { get; init; }

    [Id(1)] public DateTimeOffset? CreatedAt { get; init; }

    [Id(2)] public DateTimeOffset? StartedAt { get; init; }

    [Id(3)] public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>The final output as JSON text; null when the run has none (yet).</summary>
    [Id(4)] public string? FinalOutputJson { get; init; }

    [Id(5)] public IReadOnlyList<string> Errors { get; init; } = [];

    /// <summary>Every node of the workflow, in execution order.</summary>
    [Id(6)] public IReadOnlyList<NodeSnapshot> Nodes { get; init; } = [];

    /// <summary>The saved workflow the run was started from, if any.</summary>
    [Id(7)] public string? SavedWorkflowId { get; init; }

    /// <summary>The saved workflow's version the run is pinned to.</summary>
    [Id(8)] public int? WorkflowVersion { get; init; }

    /// <summary>The region the run prefers to execute in (named by its id); it runs elsewhere only while that region has no live silo.</summary>
    [Id(30)] public string? HomeRegion { get; init; }

    public bool IsTerminal => Status is "completed" or "failed" or "cancelled";
}
