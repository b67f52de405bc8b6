using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>reduce</c>: folds the input array with <c>expression</c> (value mode, sees <c>accumulator</c>); failing steps are skipped.</summary>
public sealed class ReduceNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Reduce;

    public NodeSchema Schema { get; } = new(
        "ReduceData", [new("expression", FieldKind.String), new("initial_value", FieldKind.Any)], NodeSchema.Requires("expression"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return ValueTask.FromResult(ArrayValues.NeedsInput(NodeType));
        }
        if (context.Input is not List<object?> items)
        {
            return NodeOutcome.FailureTask($"reduce node requires array input, got {GoFormat.TypeName(context.Input)}");
        }
        var initial = context.Config.Get("initial_value");
        var expression = context.Config.GetString("expression", "");
        if (expression.Length == 0)
        {
            return NodeOutcome.FailureTask("reduce node requires an expression");
        }
        var accumulator = initial ?? 0.0;
        var scope = context.CreateExpressionScope();
        var failed = 0;
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                accumulator = expressions.EvaluateValue(
                    expression, items[i], scope.With(("accumulator", accumulator), ("item", items[i]), ("index", (double)i), ("items", items)));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
            }
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("result", accumulator),
            ("final_value", accumulator),
            ("initial_value", initial),
            ("input_count", (double)items.Count),
            ("iterations", (double)items.Count),
            ("successful", (double)(items.Count - failed)),
            ("failed", (double)failed)));
    }
}
