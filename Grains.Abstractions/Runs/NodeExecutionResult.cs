namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>
/// The durable outcome of a node: its result or error, and the run state it left (sequential nodes only); or, when
/// <see cref="Waiting"/>, what it waits for (neither succeeded nor failed yet).
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.NodeExecutionResult")]
public sealed record NodeExecutionResult(bool Succeeded, string? ResultJson, string? Error)
{
    [Id(0)] public string? StateJson { get; init; }

    [Id(1)] public DateTimeOffset StartedAt { get; init; }

    [Id(2)] public DateTimeOffset CompletedAt { get; init; }

    [Id(3)] public int Attempts { get; init; }

    [Id(4)] public string? ExecutedOn { get; init; }

    /// <summary>The node suspended: it resumes at <see cref="WaitUntil"/> or when <see cref="WaitSignal"/> arrives.</summary>
    [Id(5)] public bool Waiting { get; init; }

    [Id(6)] public DateTimeOffset? WaitUntil { get; init; }

    [Id(7)] public string? WaitSignal { get; init; }

    /// <summary>The branch the node took when its result does not say (<c>wait_event</c>: <c>event</c> or <c>timeout</c>).</summary>
    [Id(8)] public string? Path { get; init; }

    /// <summary>The region of the silo that executed the node.</summary>
    [Id(30)] public string? ExecutedInRegion { get; init; }
}
