using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary>
/// <c>delay</c>: waits <c>duration</c> (on the context clock) and passes the input on. A wait of at least the host's
/// park threshold suspends the node instead, so the run is parked durably and holds no thread while it waits.
/// </summary>
public sealed class DelayNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Delay;

    public NodeSchema Schema { get; } = new("DelayData", [new("duration", FieldKind.String)], NodeSchema.Requires("duration"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public async ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var duration = context.Config.GetString("duration", "");
        if (!GoDuration.TryParse(duration, out var delay))
        {
            return NodeOutcome.Failure($"invalid duration format: invalid duration format: {duration} (use formats like '5s', '10m', '1h')");
        }
        if (!context.Resumed && delay > TimeSpan.Zero)
        {
            if (context.ParkThreshold is { } threshold && delay >= threshold)
            {
                return NodeOutcome.Suspend(NodeWait.ForTime(context.Clock.GetUtcNow() + delay));
            }
            await Task.Delay(delay, context.Clock, cancellationToken);
        }
        return NodeOutcome.Success(ArrayValues.Object(("value", context.Input), ("duration", duration), ("delayed", true)));
    }
}
