using System.Globalization;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary>
/// <c>while_loop</c>: tests the simple comparator <c>condition</c> against the input. Nothing changes the value between
/// iterations, so a true condition always runs into the iteration limit.
/// </summary>
public sealed class WhileLoopNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.WhileLoop;

    public NodeSchema Schema { get; } = new(
        "WhileLoopData", [new("condition", FieldKind.String), new("max_iterations", FieldKind.Integer)], NodeSchema.Requires("condition"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("while_loop node needs at least 1 input");
        }
        var condition = context.Config.GetString("condition", "");
        var max = context.Config.GetInt("max_iterations") is > 0 and var configured ? configured : context.Limits.DefaultWhileLoopMaxIterations;
        if (SimpleComparator.Evaluate(condition, context.Input))
        {
            return NodeOutcome.FailureTask($"while_loop exceeded max iterations: {max.ToString(CultureInfo.InvariantCulture)}");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(("final_value", context.Input), ("iterations", 0.0), ("condition", condition)));
    }
}
