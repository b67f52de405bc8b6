using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>condition</c>: evaluates <c>data.condition</c> in boolean mode and reports which path is taken (NODES.md).</summary>
public sealed class ConditionNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Condition;

    public NodeSchema Schema { get; } = new(
        "ConditionData",
        [new("condition", FieldKind.String), new("true_path", FieldKind.String), new("false_path", FieldKind.String)],
        NodeSchema.Requires("condition"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("condition node needs at least 1 input");
        }
        var input = context.Input;
        var condition = context.Config.GetString("condition") ?? string.Empty;
        bool met;
        try
        {
            met = expressions.Evaluate(condition, input, context.CreateExpressionScope());
        }
        catch (ExpressionException)
        {
            met = SimpleComparator.Evaluate(condition, input);
        }
        return NodeOutcome.SuccessTask(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["value"] = input,
            ["condition_met"] = met,
            ["condition"] = condition,
            ["path"] = met ? "true" : "false",
            ["true_path"] = met,
            ["false_path"] = !met,
        });
    }
}
