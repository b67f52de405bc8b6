namespace Thaiyyal.Grains.Runs;

/// <summary>The persisted record of one node of one run. Append members with new ids; never renumber.</summary>
[GenerateSerializer, Alias("thaiyyal.NodeState")]
public sealed class NodeState
{
    [Id(0)] public string Status { get; set; } = "pending";

    /// <summary>The inputs the node executed with (its input snapshot).</summary>
    [Id(1)] public string? InputsJson { get; set; }

    [Id(2)] public string? ResultJson { get; set; }

    [Id(3)] public string? Error { get; set; }

    /// <summary>The run-scoped state after the node (sequential nodes), so a resumed run can continue from it.</summary>
    [Id(4)] public string? StateJson { get; set; }

    [Id(5)] public int Attempts { get; set; }

    [Id(6)] public DateTimeOffset? StartedAt { get; set; }

    [Id(7)] public DateTimeOffset? CompletedAt { get; set; }

    [Id(8)] public string? ExecutedOn { get; set; }

    [Id(9)] public string? NodeType { get; set; }

    /// <summary>A suspended node resumes at this time (the delay's end, the event's timeout); kept after it resumes.</summary>
    [Id(10)] public DateTimeOffset? WaitUntil { get; set; }

    /// <summary>The signal a suspended <c>wait_event</c> node waits for.</summary>
    [Id(11)] public string? WaitSignal { get; set; }

    /// <summary>The branch taken, when the result does not say (see <c>NodeOutcome.Path</c>).</summary>
    [Id(12)] public string? Path { get; set; }

    /// <summary>The region of the silo that executed the node (<see cref="ExecutedOn"/>).</summary>
    [Id(30)] public string? ExecutedInRegion { get; set; }

    public bool IsFinished => Status is "completed" or "failed";

    public bool IsWaiting => Status == "waiting";
}
