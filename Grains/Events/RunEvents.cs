using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>Builds the events a run grain emits; <see cref="RunEventLog.Emit"/> numbers them.</summary>
internal static class RunEvents
{
    public static RunEvent RunStarted(DateTimeOffset at, string? workflowId) =>
        new("", 0, RunEventTypes.RunStarted, at) { WorkflowId = workflowId, RunStatus = "running" };

    public static RunEvent NodeStarted(DateTimeOffset at, string nodeId, string nodeType) =>
        new("", 0, RunEventTypes.NodeStarted, at) { NodeId = nodeId, NodeType = nodeType };

    public static RunEvent NodeCompleted(DateTimeOffset at, string nodeId, string nodeType, string? resultJson, int attempts) =>
        new("", 0, RunEventTypes.NodeCompleted, at) { NodeId = nodeId, NodeType = nodeType, ResultJson = resultJson ?? "null", Attempt = attempts };

    public static RunEvent NodeFailed(DateTimeOffset at, string nodeId, string nodeType, string? error, int attempts) =>
        new("", 0, RunEventTypes.NodeFailed, at) { NodeId = nodeId, NodeType = nodeType, Error = error, Attempt = attempts };

    public static RunEvent NodeSkipped(DateTimeOffset at, string nodeId, string nodeType) =>
        new("", 0, RunEventTypes.NodeSkipped, at) { NodeId = nodeId, NodeType = nodeType };

    /// <summary>The run parked with <paramref name="nodeId"/> waiting for a time, a signal, or a signal until a time.</summary>
    public static RunEvent RunWaiting(DateTimeOffset at, string nodeId, string nodeType, DateTimeOffset? until, string? signal) =>
        new("", 0, RunEventTypes.RunWaiting, at) { NodeId = nodeId, NodeType = nodeType, RunStatus = "waiting", WaitUntil = until, Signal = signal };

    /// <summary>The parked run goes on because <paramref name="nodeId"/>'s wait is over.</summary>
    public static RunEvent RunResumed(DateTimeOffset at, string nodeId, string nodeType) =>
        new("", 0, RunEventTypes.RunResumed, at) { NodeId = nodeId, NodeType = nodeType, RunStatus = "running" };

    /// <summary>The terminal event for a run's final status (<c>completed</c>, <c>failed</c> or <c>cancelled</c>).</summary>
    public static RunEvent RunEnded(DateTimeOffset at, string status, string? workflowId, string? finalOutputJson, IReadOnlyList<string> errors) =>
        new("", 0, status switch
        {
            "completed" => RunEventTypes.RunCompleted,
            "cancelled" => RunEventTypes.RunCancelled,
            _ => RunEventTypes.RunFailed,
        }, at)
        {
            WorkflowId = workflowId,
            RunStatus = status,
            ResultJson = finalOutputJson,
            Error = errors.Count == 0 ? null : string.Join("; ", errors),
        };
}
