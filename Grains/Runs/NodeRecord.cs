using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Grains.Runs;

/// <summary>What the run knows of one node's execution (the node grain holds the durable copy).</summary>
[GenerateSerializer, Alias("thaiyyal.NodeRecord")]
public sealed class NodeRecord
{
    [Id(0)] public string Status { get; set; } = "pending";

    [Id(1)] public string? ResultJson { get; set; }

    [Id(2)] public string? Error { get; set; }

    [Id(3)] public DateTimeOffset? StartedAt { get; set; }

    [Id(4)] public DateTimeOffset? CompletedAt { get; set; }

    [Id(5)] public int Attempts { get; set; }

    [Id(6)] public string? ExecutedOn { get; set; }

    [Id(7)] public string Type { get; set; } = "";

    [Id(8)] public DateTimeOffset? WaitUntil { get; set; }

    [Id(9)] public string? WaitSignal { get; set; }

    [Id(30)] public string? ExecutedInRegion { get; set; }

    /// <summary>Takes what the node grain reports of any execution, finished or waiting: attempts, start, where, and what it waits for.</summary>
    public void CopyExecutionFrom(NodeExecutionResult result)
    {
        Attempts = result.Attempts;
        StartedAt = result.StartedAt;
        ExecutedOn = result.ExecutedOn;
        ExecutedInRegion = result.ExecutedInRegion;
        WaitUntil = result.WaitUntil;
        WaitSignal = result.WaitSignal;
    }
}
