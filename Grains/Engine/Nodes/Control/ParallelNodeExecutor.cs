using System.Globalization;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>parallel</c>: gathers all inputs in order (the reference runs no work here).</summary>
public sealed class ParallelNodeExecutor : INodeExecutor
{
    private const int DefaultConcurrency = 10;

    public string NodeType => NodeTypes.Parallel;

    public NodeSchema Schema { get; } = new("ParallelData", [new("max_concurrency", FieldKind.Integer), new("timeout", FieldKind.String)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("parallel node requires at least one input");
        }
        var concurrency = context.Config.GetInt("max_concurrency") ?? DefaultConcurrency;
        if (concurrency <= 0)
        {
            // The reference dead-locks (0) or panics (negative) here; failing is the only sane equivalent.
            return NodeOutcome.FailureTask($"max_concurrency must be greater than 0, got {concurrency.ToString(CultureInfo.InvariantCulture)}");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("results", context.Inputs.ToList()), ("count", (double)context.Inputs.Count), ("concurrency", (double)concurrency)));
    }
}
