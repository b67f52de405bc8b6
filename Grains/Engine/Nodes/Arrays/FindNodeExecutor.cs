using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>find</c>: the first element for which <c>condition</c> holds (boolean mode; evaluation errors skip the element).</summary>
public sealed class FindNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Find;

    public NodeSchema Schema { get; } = new(
        "FindData", [new("condition", FieldKind.String), new("return_index", FieldKind.Bool)], NodeSchema.Requires("condition"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return ValueTask.FromResult(ArrayValues.NeedsInput(NodeType));
        }
        if (context.Input is not List<object?> items)
        {
            return ValueTask.FromResult(ArrayValues.NotAnArray(context.Input));
        }
        var condition = context.Config.GetString("condition", "");
        if (condition.Length == 0)
        {
            return NodeOutcome.FailureTask("find node missing required 'condition' string");
        }
        var returnIndex = context.Config.GetBool("return_index", false);
        var scope = context.CreateExpressionScope();
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Holds(condition, items[i], scope.With(("item", items[i]), ("index", (double)i), ("items", items))))
            {
                var found = ArrayValues.Object(("found", items[i]), ("condition", condition));
                if (returnIndex)
                {
                    found["index"] = (double)i;
                }
                return NodeOutcome.SuccessTask(found);
            }
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("found", null), ("not_found", true), ("condition", condition), ("input_count", (double)items.Count)));
    }

    private bool Holds(string condition, object? item, ExpressionScope scope)
    {
        try
        {
            return expressions.Evaluate(condition, item, scope);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false;
        }
    }
}
