using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Resilience;

/// <summary>
/// <c>rate_limiter</c>: a sliding log of this node's executions in the run; when <c>max_requests</c> fall inside the
/// window it waits (on the context clock) until the oldest one leaves.
/// </summary>
public sealed class RateLimiterNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.RateLimiter;

    public NodeSchema Schema { get; } = new(
        "RateLimiterData",
        [new("max_requests", FieldKind.Integer), new("per_duration", FieldKind.String), new("strategy", FieldKind.String)],
        NodeSchema.Requires("max_requests", "per_duration"));

    public async ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var maxRequests = context.Config.GetInt("max_requests") ?? 10;
        var perDuration = context.Config.GetString("per_duration", "1s");
        if (!GoDuration.TryParse(perDuration, out var window))
        {
            return NodeOutcome.Failure($"invalid per_duration format: {ResilienceValues.InvalidDuration(perDuration)}");
        }
        var strategy = context.Config.GetString("strategy", "fixed_window");
        if (strategy != "fixed_window")
        {
            return NodeOutcome.Failure($"unsupported rate limit strategy: {strategy} (only fixed_window supported)");
        }
        if (maxRequests <= 0)
        {
            // The reference's own validation text; its executor would index an empty log here.
            return NodeOutcome.Failure("max_requests must be positive");
        }
        var logs = context.State.RateLimiterLogs;
        var log = InWindow(logs.GetValueOrDefault(context.NodeId) ?? [], context.Clock.GetUtcNow(), window);
        if (log.Count >= maxRequests)
        {
            var wait = window - (context.Clock.GetUtcNow() - log[0]);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, context.Clock, cancellationToken);
            }
            log = InWindow(log, context.Clock.GetUtcNow(), window);
        }
        log.Add(context.Clock.GetUtcNow());
        logs[context.NodeId] = log;
        return NodeOutcome.Success(ArrayValues.Object(
            ("value", context.Input),
            ("rate_limited", true),
            ("requests_count", (double)log.Count),
            ("max_requests", (double)maxRequests),
            ("window", perDuration)));
    }

    private static List<DateTimeOffset> InWindow(List<DateTimeOffset> log, DateTimeOffset now, TimeSpan window) =>
        log.Where(t => t > now - window).ToList();
}
