using Microsoft.Extensions.Logging;
using Orleans.Placement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Orleans.Storage;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Runs;

/// <summary>
/// Executes one node of one run. Placed with its caller (the run grain), so a run's steps are local calls.
/// The result is written to storage before it is returned, and a repeated request returns the stored result
/// without executing again: a crash after the write never re-runs the node. A node that suspends (a long delay, a
/// <c>wait_event</c>) stores what it waits for and answers "still waiting" until its time comes or its signal arrives.
/// </summary>
[PreferLocalPlacement]
public sealed partial class NodeGrain(
    [FromKeyedServices(ThaiyyalStorage.Runs)] IGrainStorage storage,
    NodeRunner runner,
    TimeProvider clock,
    ILocalSiloDetails silo,
    IOptions<RunOptions> runOptions,
    LocalRegion region,
    ILogger<NodeGrain> logger) : Grain, INodeGrain
{
    /// <summary>The state name in storage (the same as when this grain used a persistent-state facet).</summary>
    private const string StateName = "node";

    // Storage is used directly, not through [PersistentState], so a node of a fresh run is not read on activation.
    private readonly GrainState<NodeState> _node = new(new NodeState());
    private bool _loaded;

    public async Task<NodeExecutionResult> ExecuteAsync(ExecuteNode command, CancellationToken cancellationToken)
    {
        await LoadAsync(command.MayHaveResult, cancellationToken);
        var node = _node;
        if (node.State!.IsFinished)
        {
            return ToResult(node.State);
        }
        var definition = DecodeNode(command.NodeJson);
        var inputs = (List<object?>)JsonValues.Parse(command.InputsJson)!;
        var visible = command.VisibleResultsJson is null
            ? new Dictionary<string, object?>(StringComparer.Ordinal)
            : (Dictionary<string, object?>)JsonValues.Parse(command.VisibleResultsJson)!;
        var state = command.StateJson is null ? new WorkflowState() : WorkflowState.FromValue(JsonValues.Parse(command.StateJson));
        var signal = command.Signal is { } delivery ? new NodeSignal(delivery.Name, JsonValues.Parse(delivery.PayloadJson)) : null;

        NodeWaitContext waits;
        if (node.State.IsWaiting)
        {
            var signalled = signal is not null && signal.Name == node.State.WaitSignal;
            var timeUp = command.WaitOver || node.State.WaitUntil <= clock.GetUtcNow();
            if (!signalled && !timeUp)
            {
                return ToResult(node.State); // still waiting: nothing to do
            }
            waits = new NodeWaitContext(runOptions.Value.ParkThreshold, Resumed: true, signalled ? signal : null);
        }
        else
        {
            node.State.Attempts++;
            node.State.Status = "running";
            node.State.NodeType = definition.Type;
            node.State.InputsJson = command.InputsJson;
            node.State.StartedAt = clock.GetUtcNow();
            node.State.ExecutedOn = silo.SiloAddress.ToString();
            node.State.ExecutedInRegion = region.Name;
            if (definition.Type == NodeTypes.Http)
            {
                // Side effects leave the cluster: record the attempt first so a re-execution sends a new idempotency key.
                await WriteAsync(cancellationToken);
            }
            waits = new NodeWaitContext(runOptions.Value.ParkThreshold, Signal: signal);
        }

        var invocation = new NodeInvocation(definition, inputs, visible, command.StateJson is not null);
        var outcome = await runner.RunAsync(command.RunId, invocation, state, node.State.Attempts, cancellationToken, waits);

        if (outcome.Wait is { } wait)
        {
            node.State.Status = "waiting";
            node.State.WaitUntil = wait.Until;
            node.State.WaitSignal = wait.Signal;
        }
        else
        {
            node.State.Status = outcome.IsSuccess ? "completed" : "failed";
            node.State.ResultJson = outcome.IsSuccess ? JsonValues.Serialize(outcome.Value) : null;
            node.State.Error = outcome.Error;
            node.State.Path = outcome.Path;
            node.State.StateJson = command.StateJson is null ? null : JsonValues.Serialize(state.ToValue());
            node.State.CompletedAt = clock.GetUtcNow();
        }
        await WriteAsync(cancellationToken); // durable before the run or any client sees it (a wait too: it is how the node resumes)
        LogNodeFinished(command.RunId, definition.Id, node.State.Status, node.State.Attempts);
        return ToResult(node.State);
    }

    public async Task<NodeExecutionResult?> GetResultAsync()
    {
        await LoadAsync(mayExist: true, CancellationToken.None);
        return _node.State!.IsFinished ? ToResult(_node.State) : null;
    }

    private async Task LoadAsync(bool mayExist, CancellationToken cancellationToken)
    {
        if (!_loaded && mayExist)
        {
            await storage.ReadStateAsync(StateName, this.GetGrainId(), _node, cancellationToken);
            _node.State ??= new NodeState(); // providers leave it empty when nothing was stored
        }
        _loaded |= mayExist;
    }

    private async Task WriteAsync(CancellationToken cancellationToken)
    {
        await storage.WriteStateAsync(StateName, this.GetGrainId(), _node, cancellationToken);
        _loaded = true; // what is stored is now what this activation holds
    }

    private static NodeDefinition DecodeNode(string nodeJson)
    {
        var payload = $"{{\"nodes\":[{nodeJson}]}}";
        // Types were checked when the run was accepted; decoding again only rebuilds the model.
        return new WorkflowDecoder(_ => null).Decode(payload).Nodes[0];
    }

    private static NodeExecutionResult ToResult(NodeState state) =>
        new(state.Status == "completed", state.ResultJson, state.Error)
        {
            Waiting = state.IsWaiting,
            WaitUntil = state.WaitUntil,
            WaitSignal = state.WaitSignal,
            Path = state.Path,
            StateJson = state.StateJson,
            StartedAt = state.StartedAt ?? default,
            CompletedAt = state.CompletedAt ?? default,
            Attempts = state.Attempts,
            ExecutedOn = state.ExecutedOn,
            ExecutedInRegion = state.ExecutedInRegion,
        };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Node {NodeId} of run {RunId} {Status} on attempt {Attempt}")]
    private partial void LogNodeFinished(string runId, string nodeId, string status, int attempt);
}
