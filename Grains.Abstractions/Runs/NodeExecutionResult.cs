namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>The durable outcome of a node: its result or error, and the run state it left (sequential nodes only).</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.NodeExecutionResult")]
public sealed record NodeExecutionResult(bool Succeeded, string? ResultJson, string? Error)
{
    [Id(0)] public string? StateJson { get; init; }

    [Id(1)] public DateTimeOffset StartedAt { get; init; }

    [Id(2)] public DateTimeOffset CompletedAt { get; init; }

    [Id(3)] public int Attempts { get; init; }

    [Id(4)] public string? ExecutedOn { get; init; }

    /// <summary>The region of the silo that executed the node.</summary>
    [Id(30)] public string? ExecutedInRegion { get; init; }
}
