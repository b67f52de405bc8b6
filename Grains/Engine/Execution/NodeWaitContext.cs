using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>How an execution of a node relates to waiting (see <see cref="NodeContext.ParkThreshold"/>).</summary>
/// <param name="ParkThreshold">Waits at least this long suspend the node; null: wait in process.</param>
/// <param name="Resumed">The node suspended before and its wait is over.</param>
/// <param name="Signal">The signal delivered to the node, if any.</param>
public sealed record NodeWaitContext(TimeSpan? ParkThreshold, bool Resumed = false, NodeSignal? Signal = null)
{
    /// <summary>In-process execution: nothing parks, nothing resumes.</summary>
    public static NodeWaitContext InProcess { get; } = new((TimeSpan?)null);
}
