using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Operations;

/// <summary><c>expression</c>: evaluates <c>data.expression</c> in value mode, falling back to boolean mode (NODES.md).</summary>
public sealed class ExpressionNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Expression;

    public NodeSchema Schema { get; } = new("ExpressionData", [new("expression", FieldKind.String)], NodeSchema.Requires("expression"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("expression node needs at least 1 input");
        }
        var input = context.Input;
        var expression = context.Config.GetString("expression");
        if (string.IsNullOrEmpty(expression))
        {
            return NodeOutcome.SuccessTask(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["result"] = input,
                ["warning"] = "no expression specified",
            });
        }
        // The reference always sets variables.input to the input, overriding a workflow variable of that name.
        var scope = context.CreateExpressionScope().With(("input", input));
        try
        {
            return NodeOutcome.SuccessTask(expressions.EvaluateValue(expression, input, scope));
        }
        catch (ExpressionException valueError)
        {
            try
            {
                return NodeOutcome.SuccessTask(expressions.Evaluate(expression, input, scope));
            }
            catch (ExpressionException)
            {
                return NodeOutcome.FailureTask($"expression evaluation failed: {valueError.Message}");
            }
        }
    }
}
