using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary><c>accumulator</c>: combines its input into the run's single accumulator by <c>accum_op</c>.</summary>
public sealed class AccumulatorNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Accumulator;

    public NodeSchema Schema { get; } = new(
        "AccumulatorData", [new("accum_op", FieldKind.String), new("initial_value", FieldKind.Any)], NodeSchema.Requires("accum_op"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var op = context.Config.GetString("accum_op", "");
        var state = context.State;
        // The reference re-initialises whenever the stored value is nil, not only on first use.
        if (state.Accumulator is null)
        {
            state.Accumulator = context.Config.Get("initial_value") ?? InitialValue(op);
            state.AccumulatorInitialized = true;
        }
        if (!context.HasInput)
        {
            return NodeOutcome.SuccessTask(Output(op, state.Accumulator));
        }
        var combined = Combine(op, state.Accumulator, context.Input);
        if (combined.Error is { } error)
        {
            return NodeOutcome.FailureTask(error);
        }
        state.Accumulator = combined.Value;
        return NodeOutcome.SuccessTask(Output(op, combined.Value));
    }

    private static Dictionary<string, object?> Output(string op, object? value) => ArrayValues.Object(("operation", op), ("value", value));

    private static object? InitialValue(string op) => op switch
    {
        "sum" or "count" => 0.0,
        "product" => 1.0,
        "concat" => "",
        "array" => new List<object?>(),
        _ => null,
    };

    private static NodeOutcome Combine(string op, object? current, object? input) => op switch
    {
        "sum" or "product" when current is not double => NodeOutcome.Failure("accumulator value is not a number"),
        "sum" or "product" when input is not double => NodeOutcome.Failure($"{op} accumulator requires numeric input, got {GoFormat.TypeName(input)}"),
        "sum" => NodeOutcome.Success((double)current! + (double)input!),
        "product" => NodeOutcome.Success((double)current! * (double)input!),
        "concat" when current is not string => NodeOutcome.Failure("accumulator value is not a string"),
        "concat" when input is not string => NodeOutcome.Failure($"concat accumulator requires string input, got {GoFormat.TypeName(input)}"),
        "concat" => NodeOutcome.Success((string)current! + (string)input!),
        "array" when current is not List<object?> => NodeOutcome.Failure("accumulator value is not an array"),
        "array" => NodeOutcome.Success(new List<object?>((List<object?>)current!) { input }),
        "count" when current is not double => NodeOutcome.Failure("accumulator value is not a number"),
        "count" => NodeOutcome.Success((double)current! + 1),
        _ => NodeOutcome.Failure($"unsupported accumulator operation: {op}"),
    };
}
