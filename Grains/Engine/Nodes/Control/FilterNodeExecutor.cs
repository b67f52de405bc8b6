using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>filter</c>: keeps the elements for which <c>condition</c> holds (boolean mode; evaluation errors drop the element).</summary>
public sealed class FilterNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Filter;

    public NodeSchema Schema { get; } = new("FilterData", [new("condition", FieldKind.String)], NodeSchema.Requires("condition"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var condition = context.Config.GetString("condition", "");
        if (condition.Length == 0)
        {
            return NodeOutcome.FailureTask("filter node missing condition expression");
        }
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("filter node needs at least 1 input");
        }
        var input = context.Input;
        if (ArrayValues.ArrayOrNested(input) is not { } items)
        {
            return NodeOutcome.SuccessTask(ArrayValues.Object(
                ("input", input),
                ("filtered", input),
                ("is_array", false),
                ("warning", "input is not an array, passed through unchanged"),
                ("original_type", GoFormat.TypeName(input))));
        }
        var scope = context.CreateExpressionScope();
        var filtered = new List<object?>();
        var errors = 0;
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                if (expressions.Evaluate(condition, items[i], scope.With(("item", items[i]), ("index", (double)i))))
                {
                    filtered.Add(items[i]);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors++;
            }
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("filtered", filtered),
            ("input_count", (double)items.Count),
            ("output_count", (double)filtered.Count),
            ("skipped_count", (double)(items.Count - filtered.Count)),
            ("error_count", (double)errors),
            ("condition", condition),
            ("is_array", true)));
    }
}
