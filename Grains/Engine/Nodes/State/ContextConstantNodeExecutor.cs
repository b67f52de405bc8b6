using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary><c>context_constant</c>: publishes typed values as <c>context.&lt;name&gt;</c> for expressions (run state <c>ContextConstants</c>).</summary>
public sealed class ContextConstantNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.ContextConstant;

    public NodeSchema Schema { get; } = ContextValuesNode.CreateSchema("ContextConstantData");

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ContextValuesNode.Execute(context, NodeType, "const", "constants", context.State.ContextConstants));
}
