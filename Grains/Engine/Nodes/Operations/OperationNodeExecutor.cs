using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Operations;

/// <summary><c>operation</c>: applies <c>data.op</c> (add, subtract, multiply, divide) to the first two inputs.</summary>
public sealed class OperationNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Operation;

    public NodeSchema Schema { get; } = new("OperationData", [new("op", FieldKind.String)], NodeSchema.Requires("op"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var op = context.Config.GetString("op") ?? "";
        if (context.Inputs.Count < 2)
        {
            return NodeOutcome.FailureTask($"operation needs 2 inputs, got {context.Inputs.Count}");
        }
        if (context.Inputs[0] is not double left || context.Inputs[1] is not double right)
        {
            return NodeOutcome.FailureTask("operation inputs must be numbers");
        }
        return op switch
        {
            "add" => NodeOutcome.SuccessTask(left + right),
            "subtract" => NodeOutcome.SuccessTask(left - right),
            "multiply" => NodeOutcome.SuccessTask(left * right),
            "divide" when right == 0 => NodeOutcome.FailureTask("division by zero"),
            "divide" => NodeOutcome.SuccessTask(left / right),
            _ => NodeOutcome.FailureTask($"unknown operation: {op}"),
        };
    }
}
