using System.Globalization;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.Resilience;

/// <summary><c>throttle</c>: waits (on the context clock) so that runs of this node are at least <c>1/requests_per_second</c> apart.</summary>
public sealed class ThrottleNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Throttle;

    public NodeSchema Schema { get; } = new(
        "ThrottleData", [new("requests_per_second", FieldKind.Number)], NodeSchema.Requires("requests_per_second"));

    public async ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var rps = context.Config.GetNumber("requests_per_second") ?? 5;
        if (rps <= 0)
        {
            return NodeOutcome.Failure($"requests_per_second must be positive, got {rps.ToString("F6", CultureInfo.InvariantCulture)}");
        }
        var minGap = TimeSpan.FromTicks((long)(TimeSpan.TicksPerSecond / rps));
        var waited = TimeSpan.Zero;
        if (context.State.ThrottleLastRun.TryGetValue(context.NodeId, out var last))
        {
            var elapsed = context.Clock.GetUtcNow() - last;
            if (elapsed < minGap)
            {
                waited = minGap - elapsed;
                await Task.Delay(waited, context.Clock, cancellationToken);
            }
        }
        context.State.ThrottleLastRun[context.NodeId] = context.Clock.GetUtcNow();
        return NodeOutcome.Success(ArrayValues.Object(
            ("value", context.Input),
            ("throttled", true),
            ("requests_per_second", rps),
            ("delay_ms", Math.Truncate(waited.TotalMilliseconds))));
    }
}
