namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>The names of run events, as they appear in history, streams and Server-Sent Events.</summary>
public static class RunEventTypes
{
    public const string RunStarted = nameof(RunStarted);
    public const string NodeStarted = nameof(NodeStarted);
    public const string NodeCompleted = nameof(NodeCompleted);
    public const string NodeSkipped = nameof(NodeSkipped);
    public const string NodeFailed = nameof(NodeFailed);

    /// <summary>The run is parked (waiting on a timer or an external event); defined for parked runs.</summary>
    public const string RunWaiting = nameof(RunWaiting);

    /// <summary>A parked run goes on: the wait of the node it names is over (its time came or its signal arrived).</summary>
    public const string RunResumed = nameof(RunResumed);
    public const string RunCompleted = nameof(RunCompleted);
    public const string RunFailed = nameof(RunFailed);
    public const string RunCancelled = nameof(RunCancelled);

    public static bool IsTerminal(string type) => type is RunCompleted or RunFailed or RunCancelled;
}
