using System.Globalization;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.Resilience;

/// <summary>
/// <c>retry</c>: passes a non-error input on; for an error input it waits out the backoff schedule and then fails
/// (the reference inspects the value only, it never re-runs the upstream node).
/// </summary>
public sealed class RetryNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Retry;

    public NodeSchema Schema { get; } = new(
        "RetryData",
        [
            new("max_attempts", FieldKind.Integer), new("backoff_strategy", FieldKind.String), new("initial_delay", FieldKind.String),
            new("max_delay", FieldKind.String), new("multiplier", FieldKind.Number), new("retry_on_errors", FieldKind.StringArray),
        ]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public async ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var config = context.Config;
        var maxAttempts = config.GetInt("max_attempts") ?? 3;
        var strategy = config.GetString("backoff_strategy", "exponential");
        var initialDelay = ResilienceValues.ParseOr(config.GetString("initial_delay"), TimeSpan.FromSeconds(1));
        var maxDelay = ResilienceValues.ParseOr(config.GetString("max_delay"), TimeSpan.FromSeconds(30));
        var multiplier = config.GetNumber("multiplier") ?? 2;
        var patterns = config.GetStringArray("retry_on_errors") ?? [];
        if (!context.HasInput)
        {
            return NodeOutcome.Failure("retry node requires at least one input");
        }
        if (maxAttempts <= 0)
        {
            // The reference runs no attempt and then crashes on a nil error, whatever the input.
            return NodeOutcome.Failure($"max_attempts must be greater than 0, got {maxAttempts.ToString(CultureInfo.InvariantCulture)}");
        }
        var input = context.Input;
        if (!ResilienceValues.IsError(input, out var error))
        {
            return NodeOutcome.Success(ArrayValues.Object(("value", input), ("attempts", 1.0), ("success", true)));
        }
        var message = error as string ?? "";
        if (patterns.Count > 0 && !patterns.Any(p => message.Contains(p, StringComparison.Ordinal)))
        {
            return NodeOutcome.Failure($"error not in retry list: {message}");
        }
        // The input never changes, so every attempt sees the same error: only the waits between attempts remain.
        for (var attempt = 1; attempt < maxAttempts; attempt++)
        {
            await Task.Delay(Backoff(strategy, initialDelay, maxDelay, multiplier, attempt), context.Clock, cancellationToken);
        }
        return NodeOutcome.Failure($"max retry attempts ({maxAttempts.ToString(CultureInfo.InvariantCulture)}) reached: {message}");
    }

    /// <summary>The wait after attempt <paramref name="attempt"/>, capped at <paramref name="max"/>.</summary>
    public static TimeSpan Backoff(string strategy, TimeSpan initial, TimeSpan max, double multiplier, int attempt)
    {
        var ticks = strategy switch
        {
            "exponential" => initial.Ticks * Math.Pow(multiplier, attempt - 1),
            "linear" => (double)initial.Ticks * attempt,
            _ => initial.Ticks,
        };
        var delay = ticks >= max.Ticks || double.IsNaN(ticks) ? max : TimeSpan.FromTicks((long)ticks);
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
