using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>Everything one node execution may use. Time comes from <see cref="Clock"/>, never from statics.</summary>
public sealed class NodeContext
{
    /// <summary>The run grain key: <c>{tenant}/{runId}</c>, or the bare run id for the default tenant (see <c>TenantKeys</c>).</summary>
    public required string RunId { get; init; }

    /// <summary>The tenant the run belongs to: named HTTP clients and secrets are looked up in it.</summary>
    public string TenantId { get; init; } = TenantIds.Default;

    public required string NodeId { get; init; }

    public required string NodeType { get; init; }

    /// <summary>The node's data. <see cref="NodeConfig.Empty"/> when the payload had none.</summary>
    public required NodeConfig Config { get; init; }

    /// <summary>Results of executed predecessors, in payload edge order (WORKFLOW_FORMAT §5).</summary>
    public required IReadOnlyList<object?> Inputs { get; init; }

    /// <summary>Run-scoped state (variables, accumulator, counter, cache, context values). Sequential nodes may mutate it.</summary>
    public required WorkflowState State { get; init; }

    /// <summary>Results of nodes before this one in the sequential order (for <c>node.&lt;id&gt;</c> references).</summary>
    public required IReadOnlyDictionary<string, object?> NodeResults { get; init; }

    public required TimeProvider Clock { get; init; }

    public required EngineLimits Limits { get; init; }

    /// <summary>1 for the first execution of this node in this run; higher after a crash re-execution.</summary>
    public int Attempt { get; init; } = 1;

    /// <summary>
    /// Waits at least this long suspend the node (<see cref="NodeOutcome.Suspend"/>) so the host can park the run
    /// durably; null where the host cannot park (in-process runs), so such waits happen in process.
    /// </summary>
    public TimeSpan? ParkThreshold { get; init; }

    /// <summary>True when the node suspended before and its wait is over (its time came, or its signal arrived).</summary>
    public bool Resumed { get; init; }

    /// <summary>The signal delivered to this node, if any (a waiting node's event, possibly kept from before it ran).</summary>
    public NodeSignal? Signal { get; init; }

    /// <summary>The first input, or null when there is none.</summary>
    public object? Input => Inputs.Count > 0 ? Inputs[0] : null;

    public bool HasInput => Inputs.Count > 0;

    /// <summary>The environment an expression sees from this node: variables, node results and context values.</summary>
    public ExpressionScope CreateExpressionScope() =>
        new(new Dictionary<string, object?>(State.Variables, StringComparer.Ordinal), NodeResults, State.ContextValues(), Clock);
}
