using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Resilience;

/// <summary><c>timeout</c>: compares the input's reported <c>execution_time</c> with <c>timeout</c> (nothing is timed here).</summary>
public sealed class TimeoutNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Timeout;

    public NodeSchema Schema { get; } = new(
        "TimeoutData", [new("timeout", FieldKind.String), new("timeout_action", FieldKind.String)], NodeSchema.Requires("timeout"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var timeoutText = context.Config.GetString("timeout");
        var limit = TimeSpan.FromSeconds(30);
        if (timeoutText is not null && !GoDuration.TryParse(timeoutText, out limit))
        {
            return NodeOutcome.FailureTask($"invalid timeout duration: {timeoutText}");
        }
        var action = context.Config.GetString("timeout_action", "error");
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("timeout node requires at least one input");
        }
        var input = context.Input;
        var executionTime = TimeSpan.Zero;
        var timedOut = false;
        if (input is Dictionary<string, object?> map && map.GetValueOrDefault("execution_time") is string text && GoDuration.TryParse(text, out var reported))
        {
            executionTime = reported;
            timedOut = executionTime > limit;
        }
        var result = ArrayValues.Object(
            ("value", input),
            ("timeout_duration", GoDuration.Format(limit)),
            ("execution_time", GoDuration.Format(executionTime)),
            ("timed_out", timedOut));
        if (!timedOut)
        {
            return NodeOutcome.SuccessTask(result);
        }
        if (action == "error")
        {
            return NodeOutcome.FailureTask($"operation timed out after {GoDuration.Format(executionTime)} (limit: {GoDuration.Format(limit)})");
        }
        result["timeout_exceeded"] = true;
        result["partial_result"] = true;
        return NodeOutcome.SuccessTask(result);
    }
}
