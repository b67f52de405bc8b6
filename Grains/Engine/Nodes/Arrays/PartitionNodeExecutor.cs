using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Arrays;

/// <summary><c>partition</c>: splits the elements into those for which <c>condition</c> holds and the rest (errors go to the rest).</summary>
public sealed class PartitionNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Partition;

    public NodeSchema Schema { get; } = new("PartitionData", [new("condition", FieldKind.String)], NodeSchema.Requires("condition"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return ValueTask.FromResult(ArrayValues.NeedsInput(NodeType));
        }
        if (ArrayValues.ArrayOrNested(context.Input) is not { } items)
        {
            return ValueTask.FromResult(ArrayValues.NotAnArray(context.Input));
        }
        var condition = context.Config.GetString("condition", "");
        if (condition.Length == 0)
        {
            return NodeOutcome.FailureTask("partition node missing required 'condition' string");
        }
        var scope = context.CreateExpressionScope();
        var passed = new List<object?>();
        var failed = new List<object?>();
        for (var i = 0; i < items.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var holds = Holds(condition, items[i], scope.With(("item", items[i]), ("index", (double)i), ("items", items)));
            (holds ? passed : failed).Add(items[i]);
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(
            ("passed", ArrayValues.NilIfEmpty(passed)),
            ("failed", ArrayValues.NilIfEmpty(failed)),
            ("passed_count", (double)passed.Count),
            ("failed_count", (double)failed.Count),
            ("input_count", (double)items.Count),
            ("condition", condition)));
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
