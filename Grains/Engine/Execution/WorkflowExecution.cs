using Thaiyyal.Grains.Engine.Graph;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>
/// The pure scheduling state machine of one run. It hands out nodes whose turn has come and records their results;
/// the caller executes them (in-process or on node grains), possibly concurrently.
/// <para>
/// Results equal the reference's sequential run because: a node runs only once its predecessors are resolved;
/// a <see cref="NodeOrdering.Sequential"/> node (run state, expressions, other results) also waits for every node
/// before it in the reference order and sees only those nodes' results; and after a failure only nodes before
/// the earliest failure may still run, so the reported error is the one the reference reports.
/// </para>
/// </summary>
public sealed class WorkflowExecution
{
    private readonly Func<string, NodeOrdering> _orderingOf;
    private readonly int _maxNodeExecutions;
    private readonly int _maxHttpCalls;
    private readonly NodeRunStatus[] _status;
    private readonly Dictionary<string, object?> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _paths = new(StringComparer.Ordinal);
    private int _cutoff;
    private int _executions;
    private int _httpCalls;

    /// <param name="plan">The ordered workflow.</param>
    /// <param name="orderingOf">Each node type's ordering class.</param>
    /// <param name="maxNodeExecutions">Executed nodes per run; 0 = unlimited.</param>
    /// <param name="maxHttpCalls">HTTP node calls per run; 0 = unlimited. Counted here so that HTTP nodes can run concurrently.</param>
    public WorkflowExecution(WorkflowPlan plan, Func<string, NodeOrdering> orderingOf, int maxNodeExecutions, int maxHttpCalls = 0)
    {
        Plan = plan;
        _orderingOf = orderingOf;
        _maxNodeExecutions = maxNodeExecutions;
        _maxHttpCalls = maxHttpCalls;
        _status = new NodeRunStatus[plan.Order.Count];
        _cutoff = plan.Order.Count;
    }

    public WorkflowPlan Plan { get; }

    public WorkflowState State { get; set; } = new();

    /// <summary>Results of executed nodes (skipped nodes have none).</summary>
    public IReadOnlyDictionary<string, object?> Results => _results;

    public bool IsCancelled { get; private set; }

    public bool HasRunningNodes => _status.Contains(NodeRunStatus.Running);

    public bool HasFailed => _errors.Count > 0;

    public NodeRunStatus StatusOf(string nodeId) => _status[Plan.PositionOf(nodeId)];

    public string? ErrorOf(string nodeId) => _errors.GetValueOrDefault(nodeId);

    /// <summary>The run's error as the reference words it: the earliest failure in sequential order.</summary>
    public string? RunError => _errors.Count == 0
        ? null
        : _errors.MinBy(e => Plan.PositionOf(e.Key)) is var first ? $"error executing node {first.Key}: {first.Value}" : null;

    /// <summary>Resolves skips and returns the nodes that may start now, marking them running. Empty when nothing can start.</summary>
    public IReadOnlyList<string> TakeReadyNodes()
    {
        var ready = new List<string>();
        var allEarlierResolved = true;
        for (var position = 0; position < _cutoff; position++)
        {
            var id = Plan.Order[position];
            if (_status[position] == NodeRunStatus.Pending && PredecessorsResolved(id))
            {
                if (!IsActivated(id))
                {
                    _status[position] = NodeRunStatus.Skipped;
                }
                else if (allEarlierResolved || _orderingOf(Plan.Node(id).Type) == NodeOrdering.Independent)
                {
                    _executions++;
                    if (_maxNodeExecutions > 0 && _executions > _maxNodeExecutions)
                    {
                        Fail(id, $"maximum node executions exceeded: {_executions} (limit: {_maxNodeExecutions})");
                        return ready;
                    }
                    if (Plan.Node(id).Type == NodeTypes.Http && ++_httpCalls > _maxHttpCalls && _maxHttpCalls > 0)
                    {
                        Fail(id, $"maximum HTTP calls per execution exceeded: {_httpCalls} (limit: {_maxHttpCalls})");
                        return ready;
                    }
                    _status[position] = NodeRunStatus.Running;
                    ready.Add(id);
                }
            }
            allEarlierResolved &= _status[position] is NodeRunStatus.Completed or NodeRunStatus.Skipped;
        }
        return ready;
    }

    /// <summary>What the node needs to execute. Call for a node returned by <see cref="TakeReadyNodes"/>.</summary>
    public NodeInvocation Prepare(string nodeId)
    {
        var position = Plan.PositionOf(nodeId);
        var inputs = Plan.IncomingEdges(nodeId)
            .Where(e => _results.ContainsKey(e.Source))
            .Select(e => _results[e.Source])
            .ToList();
        var node = Plan.Node(nodeId);
        var sequential = _orderingOf(node.Type) == NodeOrdering.Sequential;
        var visible = sequential
            ? _results.Where(r => Plan.PositionOf(r.Key) < position).ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal)
            : new Dictionary<string, object?>(StringComparer.Ordinal);
        return new NodeInvocation(node, inputs, visible, sequential);
    }

    /// <summary>Records a node's result and, when its value does not say, the branch it took (<see cref="Nodes.NodeOutcome.Path"/>).</summary>
    public void Complete(string nodeId, object? result, string? path = null)
    {
        _status[Plan.PositionOf(nodeId)] = NodeRunStatus.Completed;
        _results[nodeId] = result;
        if (path is not null)
        {
            _paths[nodeId] = path;
        }
    }

    public void Fail(string nodeId, string error)
    {
        var position = Plan.PositionOf(nodeId);
        _status[position] = NodeRunStatus.Failed;
        _errors[nodeId] = error;
        _cutoff = Math.Min(_cutoff, position);
        MarkUnreachedAsNotRun();
    }

    /// <summary>Stops handing out nodes; running ones finish or are abandoned by the caller.</summary>
    public void Cancel()
    {
        IsCancelled = true;
        _cutoff = -1;
        MarkUnreachedAsNotRun();
    }

    /// <summary>Marks nodes that were running when the run was cut short (cancel, timeout) as not run.</summary>
    public void AbandonRunning()
    {
        for (var i = 0; i < _status.Length; i++)
        {
            if (_status[i] == NodeRunStatus.Running)
            {
                _status[i] = NodeRunStatus.NotRun;
            }
        }
    }

    /// <summary>The final output: the first terminal node (payload order) with a result, preferring non-context nodes.</summary>
    public object? FinalOutput()
    {
        var candidates = Plan.TerminalNodes.Where(_results.ContainsKey).ToList();
        var preferred = candidates.FirstOrDefault(id => !NodeTypes.IsContextNode(Plan.Node(id).Type)) ?? candidates.FirstOrDefault();
        return preferred is null ? null : _results[preferred];
    }

    private bool PredecessorsResolved(string nodeId) =>
        Plan.IncomingEdges(nodeId).All(e => _status[Plan.PositionOf(e.Source)] is NodeRunStatus.Completed or NodeRunStatus.Skipped);

    private bool IsActivated(string nodeId)
    {
        var incoming = Plan.IncomingEdges(nodeId);
        return incoming.Count == 0 || incoming.Any(e =>
            _results.TryGetValue(e.Source, out var sourceResult) && (!e.IsConditional || TakesBranch(e.Source, sourceResult, e.SourceHandle!)));
    }

    private bool TakesBranch(string source, object? sourceResult, string handle) =>
        _paths.TryGetValue(source, out var path) ? path == handle : EdgeGate.IsSatisfied(sourceResult, handle);

    private void MarkUnreachedAsNotRun()
    {
        for (var i = Math.Max(_cutoff + 1, 0); i < _status.Length; i++)
        {
            if (_status[i] == NodeRunStatus.Pending)
            {
                _status[i] = NodeRunStatus.NotRun;
            }
        }
    }
}
