using System.Globalization;
using System.Text;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Operations;

/// <summary><c>text_operation</c>: concat, repeat and case conversions of text inputs.</summary>
public sealed class TextOperationNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.TextOperation;

    public NodeSchema Schema { get; } = new(
        "TextOperationData",
        [new("text_op", FieldKind.String), new("separator", FieldKind.String), new("repeat_n", FieldKind.Integer)],
        NodeSchema.Requires("text_op"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var op = context.Config.GetString("text_op") ?? "";
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("text operation needs at least 1 input");
        }
        if (op == "concat")
        {
            return Concat(context.Inputs, context.Config.GetString("separator", ""));
        }
        if (op == "repeat")
        {
            return Repeat(context.Input, context.Config.GetInt("repeat_n"));
        }
        if (context.Input is not string text)
        {
            return NodeOutcome.FailureTask("text operation input must be text/string");
        }
        return op switch
        {
            "uppercase" => NodeOutcome.SuccessTask(text.ToUpperInvariant()),
            "lowercase" => NodeOutcome.SuccessTask(text.ToLowerInvariant()),
            "titlecase" => NodeOutcome.SuccessTask(TextCase.Title(text)),
            "camelcase" => NodeOutcome.SuccessTask(TextCase.Camel(text)),
            "inversecase" => NodeOutcome.SuccessTask(TextCase.Inverse(text)),
            _ => NodeOutcome.FailureTask($"unknown text operation: {op}"),
        };
    }

    private static ValueTask<NodeOutcome> Concat(IReadOnlyList<object?> inputs, string separator)
    {
        var parts = new List<string>(inputs.Count);
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i] is not string text)
            {
                return NodeOutcome.FailureTask($"concat operation input {i} must be text/string");
            }
            parts.Add(text);
        }
        return NodeOutcome.SuccessTask(string.Join(separator, parts));
    }

    private static ValueTask<NodeOutcome> Repeat(object? input, int? count)
    {
        if (input is not string text)
        {
            return NodeOutcome.FailureTask("repeat operation input must be text/string");
        }
        if (count is not { } n)
        {
            return NodeOutcome.FailureTask("repeat operation requires repeat_n field");
        }
        if (n < 0)
        {
            return NodeOutcome.FailureTask($"repeat_n must be non-negative, got {n.ToString(CultureInfo.InvariantCulture)}");
        }
        return NodeOutcome.SuccessTask(new StringBuilder(text.Length * n).Insert(0, text, n).ToString());
    }
}
