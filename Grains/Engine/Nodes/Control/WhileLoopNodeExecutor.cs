using System.Globalization;
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
        if (Holds(condition, context.Input))
        {
            return NodeOutcome.FailureTask($"while_loop exceeded max iterations: {max.ToString(CultureInfo.InvariantCulture)}");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(("final_value", context.Input), ("iterations", 0.0), ("condition", condition)));
    }

    /// <summary>The reference's simple comparator: <c>true</c>, <c>false</c> or an operator and a number, against a number or <c>input.value</c>.</summary>
    private static bool Holds(string condition, object? value)
    {
        switch (condition)
        {
            case "true":
                return true;
            case "false":
                return false;
        }
        var number = value switch
        {
            double d => d,
            Dictionary<string, object?> map when map.GetValueOrDefault("value") is double d => d,
            _ => (double?)null,
        };
        if (number is not { } n || condition.Length < 2)
        {
            return false;
        }
        var op = condition[..2] is ">=" or "<=" or "==" or "!=" ? condition[..2] : condition[..1];
        var threshold = ScanFloat(condition[op.Length..]);
        return op switch
        {
            ">" => n > threshold,
            "<" => n < threshold,
            ">=" => n >= threshold,
            "<=" => n <= threshold,
            "==" => n == threshold,
            "!=" => n != threshold,
            _ => false,
        };
    }

    /// <summary>Like Go's <c>Sscanf("%f")</c>: the longest number prefix after spaces; 0 when there is none.</summary>
    private static double ScanFloat(string text)
    {
        var s = text.TrimStart();
        for (var length = s.Length; length > 0; length--)
        {
            if (double.TryParse(s.AsSpan(0, length), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }
        return 0;
    }
}
