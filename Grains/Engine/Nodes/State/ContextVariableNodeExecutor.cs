using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary><c>context_variable</c>: publishes typed values as <c>context.&lt;name&gt;</c> for expressions (run state <c>ContextVariables</c>).</summary>
public sealed class ContextVariableNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.ContextVariable;

    public NodeSchema Schema { get; } = ContextValuesNode.CreateSchema("ContextVariableData");

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(ContextValuesNode.Execute(context, NodeType, "variable", "variables", context.State.ContextVariables));
}
