using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Resilience;

/// <summary><c>try_catch</c>: replaces an error input with <c>fallback_value</c>, or fails when <c>continue_on_error</c> is false.</summary>
public sealed class TryCatchNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.TryCatch;

    public NodeSchema Schema { get; } = new(
        "TryCatchData",
        [new("fallback_value", FieldKind.Any), new("continue_on_error", FieldKind.Bool), new("error_output_path", FieldKind.String)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("try-catch node requires at least one input");
        }
        var input = context.Input;
        if (!ResilienceValues.IsError(input, out var error))
        {
            return NodeOutcome.SuccessTask(ArrayValues.Object(("value", input), ("error_caught", false)));
        }
        var message = error as string ?? GoFormat.Value(error);
        if (!context.Config.GetBool("continue_on_error", true))
        {
            return NodeOutcome.FailureTask($"error caught: {message}");
        }
        var result = ArrayValues.Object(("value", context.Config.Get("fallback_value")), ("error_caught", true), ("error_message", message));
        if (context.Config.GetString("error_output_path", "") is { Length: > 0 } path)
        {
            result["error_output_path"] = path;
        }
        return NodeOutcome.SuccessTask(result);
    }
}
