using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>map</c>: each element's <c>field</c>, or the value of <c>expression</c> for it; a failure yields null.</summary>
public sealed class MapNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Map;

    public NodeSchema Schema { get; } = new("MapData", [new("expression", FieldKind.String), new("field", FieldKind.String)]);

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return ValueTask.FromResult(ArrayValues.NeedsInput(NodeType));
        }
        if (context.Input is not List<object?> items)
        {
            return NodeOutcome.FailureTask($"map node requires array input, got {GoFormat.TypeName(context.Input)}");
        }
        var expression = context.Config.GetString("expression", "");
        var field = context.Config.GetString("field", "");
        if (expression.Length == 0 && field.Length == 0)
        {
            return NodeOutcome.SuccessTask(ArrayValues.Object(
                ("results", items),
                ("input_count", (double)items.Count),
                ("output_count", (double)items.Count),
                ("warning", "no transformation specified")));
        }
        var scope = context.CreateExpressionScope();
        var results = new List<object?>(items.Count);
        var failed = 0;
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = items[i];
            if (field.Length > 0)
            {
                var found = item is Dictionary<string, object?> map && map.TryGetValue(field, out var value);
                results.Add(found ? ((Dictionary<string, object?>)item!)[field] : null);
                failed += found ? 0 : 1;
                continue;
            }
            try
            {
                results.Add(expressions.EvaluateValue(expression, item, scope.With(("item", item), ("index", (double)i), ("items", items))));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results.Add(null);
                failed++;
            }
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("results", results),
            ("input_count", (double)items.Count),
            ("output_count", (double)results.Count),
            ("successful", (double)(items.Count - failed)),
            ("failed", (double)failed)));
    }
}
