namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>
/// One state change of a run. <see cref="Seq"/> numbers a run's events 1, 2, 3… without gaps; JSON travels as text.
/// Positional members get ids in order: append new ones, never reorder.
/// </summary>
[GenerateSerializer, Immutable, Alias("thaiyyal.RunEvent")]
public sealed record RunEvent(string RunId, long Seq, string Type, DateTimeOffset Timestamp)
{
    [Id(0)] public string? NodeId { get; init; }

    [Id(1)] public string? NodeType { get; init; }

    /// <summary>The node's result as JSON text (<c>NodeCompleted</c>) or the run's final output (<c>RunCompleted</c>).</summary>
    [Id(2)] public string? ResultJson { get; init; }

    /// <summary>The node's error (<c>NodeFailed</c>) or the run's error (<c>RunFailed</c>, <c>RunCancelled</c>).</summary>
    [Id(3)] public string? Error { get; init; }

    [Id(4)] public string? WorkflowId { get; init; }

    /// <summary>The run's status after this event.</summary>
    [Id(5)] public string? RunStatus { get; init; }

    [Id(6)] public int? Attempt { get; init; }

    /// <summary>When a waiting node resumes or stops waiting (<c>RunWaiting</c>).</summary>
    [Id(7)] public DateTimeOffset? WaitUntil { get; init; }

    /// <summary>The signal a waiting node waits for (<c>RunWaiting</c>).</summary>
    [Id(8)] public string? Signal { get; init; }

    public bool IsTerminal => RunEventTypes.IsTerminal(Type);
}
