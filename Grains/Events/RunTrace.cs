using System.Diagnostics;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// The activities of one run activation: the run's span and one span per node, opened and closed by the run's
/// events. <see cref="EnterNode"/> makes a node's span current while its grain call starts, so the call (with Orleans
/// activity propagation) and the HTTP client spans of the node nest beneath it.
/// </summary>
internal sealed class RunTrace(string runId, string tenantId, RunTelemetry telemetry)
{
    private readonly Dictionary<string, (Activity? Span, long StartedAt)> _nodes = new(StringComparer.Ordinal);
    private Activity? _run;

    public void Observe(RunEvent e)
    {
        TimeSpan? duration = null;
        switch (e.Type)
        {
            case RunEventTypes.RunStarted:
                _run = Start("run", default);
                _run?.SetTag("thaiyyal.run_id", runId).SetTag("thaiyyal.tenant_id", tenantId).SetTag("thaiyyal.workflow_id", e.WorkflowId);
                break;
            case RunEventTypes.NodeStarted when e.NodeId is not null:
                var span = _run is null ? null : Start($"node {e.NodeId}", _run.Context);
                span?.SetTag("thaiyyal.run_id", runId).SetTag("thaiyyal.node_id", e.NodeId).SetTag("thaiyyal.node_type", e.NodeType);
                _nodes[e.NodeId] = (span, Stopwatch.GetTimestamp());
                break;
            case RunEventTypes.NodeCompleted or RunEventTypes.NodeFailed when e.NodeId is not null && _nodes.Remove(e.NodeId, out var node):
                duration = Stopwatch.GetElapsedTime(node.StartedAt);
                if (e.Type == RunEventTypes.NodeFailed)
                {
                    node.Span?.SetStatus(ActivityStatusCode.Error, e.Error);
                }
                node.Span?.Dispose();
                break;
            case RunEventTypes.RunCompleted or RunEventTypes.RunFailed or RunEventTypes.RunCancelled:
                if (e.Type != RunEventTypes.RunCompleted)
                {
                    _run?.SetStatus(ActivityStatusCode.Error, e.Error);
                }
                _run?.SetTag("thaiyyal.status", e.RunStatus);
                _run?.Dispose();
                _run = null;
                break;
            default:
                break;
        }
        telemetry.Record(e, duration);
    }

    /// <summary>Starts a span without leaving it current: the run grain's own flow must not run inside it.</summary>
    private static Activity? Start(string name, ActivityContext parent)
    {
        var previous = Activity.Current;
        var activity = RunTelemetry.Source.StartActivity(name, ActivityKind.Internal, parent);
        Activity.Current = previous;
        return activity;
    }

    /// <summary>Makes the node's span current until disposed (around the start of its grain call).</summary>
    public Scope EnterNode(string nodeId)
    {
        var previous = Activity.Current;
        if (_nodes.TryGetValue(nodeId, out var node) && node.Span is not null)
        {
            Activity.Current = node.Span;
        }
        return new Scope(previous);
    }

    /// <summary>Restores the activity that was current before <see cref="EnterNode"/>.</summary>
    internal readonly struct Scope(Activity? previous) : IDisposable
    {
        public void Dispose() => Activity.Current = previous;
    }
}
