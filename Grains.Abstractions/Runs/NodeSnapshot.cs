namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>One node of a run as clients see it.</summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.NodeSnapshot")]
public sealed record NodeSnapshot(string NodeId, string Type, string Status)
{
    /// <summary>The node's result as JSON text, when it completed.</summary>
    [Id(0)] public string? ResultJson { get; init; }

    [Id(1)] public string? Error { get; init; }

    [Id(2)] public DateTimeOffset? StartedAt { get; init; }

    [Id(3)] public DateTimeOffset? CompletedAt { get; init; }

    [Id(4)] public int Attempts { get; init; }

    /// <summary>The silo that executed the node.</summary>
    [Id(5)] public string? ExecutedOn { get; init; }

    /// <summary>When a waiting (or waited) node resumes or stops waiting: the delay's end, the event's timeout.</summary>
    [Id(6)] public DateTimeOffset? WaitUntil { get; init; }

    /// <summary>The signal a <c>wait_event</c> node waits for.</summary>
    [Id(7)] public string? WaitSignal { get; init; }

    /// <summary>The region of the silo that executed the node.</summary>
    [Id(30)] public string? ExecutedInRegion { get; init; }
}
