using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>Executes one node invocation with the catalog's executor, turning every failure into an error text.</summary>
public sealed class NodeRunner(NodeCatalog catalog, IOptions<EngineLimits> limits, TimeProvider clock)
{
    public NodeCatalog Catalog => catalog;

    public EngineLimits Limits => limits.Value;

    public NodeOrdering OrderingOf(string nodeType) => catalog.Find(nodeType)?.Ordering ?? NodeOrdering.Sequential;

    /// <summary>Runs the node. <paramref name="state"/> is mutated by sequential nodes that change run state.</summary>
    public async Task<NodeOutcome> RunAsync(
        string runId, NodeInvocation invocation, WorkflowState state, int attempt, CancellationToken cancellationToken, NodeWaitContext? waits = null)
    {
        waits ??= NodeWaitContext.InProcess;
        var node = invocation.Node;
        var executor = catalog.Find(node.Type);
        if (executor is null)
        {
            return NodeOutcome.Failure($"no executor registered for type: {node.Type}");
        }
        if (node.Config is null)
        {
            return NodeOutcome.Failure($"expected {executor.Schema.GoStructName}, got <nil>");
        }
        var context = new NodeContext
        {
            RunId = runId,
            TenantId = TenantKeys.TenantOf(runId),
            NodeId = node.Id,
            NodeType = node.Type,
            Config = node.Config,
            Inputs = invocation.Inputs,
            State = state,
            NodeResults = invocation.VisibleResults,
            Clock = clock,
            Limits = limits.Value,
            Attempt = attempt,
            ParkThreshold = waits.ParkThreshold,
            Resumed = waits.Resumed,
            Signal = waits.Signal,
        };
        try
        {
            return await executor.ExecuteAsync(context, cancellationToken);
        }
        catch (NodeExecutionException ex)
        {
            return NodeOutcome.Failure(ex.Message);
        }
        catch (ExpressionException ex)
        {
            return NodeOutcome.Failure(ex.Message);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // A bug in an executor must fail the node, not the host; the type name helps find it.
            return NodeOutcome.Failure($"internal error in {node.Type} executor: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
