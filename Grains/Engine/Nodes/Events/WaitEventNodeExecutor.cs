using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Events;

/// <summary>
/// <c>wait_event</c> (Thaiyyal's extension of the format): waits for the signal named <c>event</c>, whose JSON
/// payload becomes the node's result (branch <c>event</c>). With a <c>timeout</c> it stops waiting after that long
/// and takes branch <c>timeout</c>, with <c>{"event", "timed_out": true, "timeout"}</c> as its result. Edges leaving
/// with source handle <c>event</c> or <c>timeout</c> follow only that branch; plain edges follow both.
/// </summary>
public sealed class WaitEventNodeExecutor : INodeExecutor
{
    public const string EventBranch = "event";
    public const string TimeoutBranch = "timeout";

    public string NodeType => NodeTypes.WaitEvent;

    public NodeSchema Schema { get; } = new(
        "WaitEventData", [new("event", FieldKind.String), new("timeout", FieldKind.String)], NodeSchema.Requires("event"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    /// <summary>The signal name a <c>wait_event</c> node waits for (the run uses it to hand over a kept signal).</summary>
    public static string? EventNameOf(NodeConfig? config) => config?.GetString("event");

    public async ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var name = context.Config.GetString("event", "");
        if (name.Length == 0)
        {
            return NodeOutcome.Failure("wait_event requires a non-empty event name");
        }
        var timeoutText = context.Config.GetString("timeout");
        TimeSpan? timeout = null;
        if (timeoutText is not null)
        {
            if (!GoDuration.TryParse(timeoutText, out var parsed) || parsed <= TimeSpan.Zero)
            {
                return NodeOutcome.Failure($"invalid timeout duration: {timeoutText} (use a positive duration like '30s', '10m', '1h')");
            }
            timeout = parsed;
        }
        if (context.Signal is { } signal && signal.Name == name)
        {
            return NodeOutcome.Branch(signal.Payload, EventBranch);
        }
        if (context.Resumed)
        {
            return TimedOut(name, timeoutText);
        }
        if (context.ParkThreshold is null)
        {
            // In process nothing can deliver a signal: only the timeout can end the wait.
            if (timeout is null)
            {
                return NodeOutcome.Failure($"wait_event '{name}' needs the durable engine to receive signals (give it a timeout to run in process)");
            }
            await Task.Delay(timeout.Value, context.Clock, cancellationToken);
            return TimedOut(name, timeoutText);
        }
        return NodeOutcome.Suspend(NodeWait.ForSignal(name, timeout is null ? null : context.Clock.GetUtcNow() + timeout.Value));
    }

    private static NodeOutcome TimedOut(string name, string? timeoutText) =>
        NodeOutcome.Branch(ArrayValues.Object(("event", name), ("timed_out", true), ("timeout", timeoutText)), TimeoutBranch);
}
