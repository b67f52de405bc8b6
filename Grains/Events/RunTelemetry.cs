using System.Diagnostics;
using System.Diagnostics.Metrics;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// The run engine's OpenTelemetry signals, driven by run events: a trace per run (activity <c>run</c>) with a span per
/// node (<c>node &lt;id&gt;</c>), and the meter <c>Thaiyyal</c> (runs started/completed/failed, node duration, active runs,
/// queue depth = nodes dispatched and not yet finished). Hosts export them with <c>AddSource</c>/<c>AddMeter</c>(<see cref="Name"/>).
/// </summary>
public sealed class RunTelemetry : IDisposable
{
    public const string Name = "Thaiyyal";

    private readonly Meter _meter;
    private readonly Counter<long> _runsStarted;
    private readonly Counter<long> _runsCompleted;
    private readonly Counter<long> _runsFailed;
    private readonly Counter<long> _runsCancelled;
    private readonly Histogram<double> _nodeDuration;
    private readonly UpDownCounter<long> _activeRuns;
    private readonly UpDownCounter<long> _queueDepth;

    public RunTelemetry(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _runsStarted = _meter.CreateCounter<long>("thaiyyal.runs.started", "{run}", "Runs accepted and started");
        _runsCompleted = _meter.CreateCounter<long>("thaiyyal.runs.completed", "{run}", "Runs that completed");
        _runsFailed = _meter.CreateCounter<long>("thaiyyal.runs.failed", "{run}", "Runs that failed (node error, time limit, internal error)");
        _runsCancelled = _meter.CreateCounter<long>("thaiyyal.runs.cancelled", "{run}", "Runs cancelled");
        _nodeDuration = _meter.CreateHistogram<double>("thaiyyal.node.duration", "s", "Time from a node's dispatch to its result");
        _activeRuns = _meter.CreateUpDownCounter<long>("thaiyyal.runs.active", "{run}", "Runs in flight on this silo");
        _queueDepth = _meter.CreateUpDownCounter<long>("thaiyyal.nodes.queued", "{node}", "Nodes dispatched and not yet finished on this silo");
    }

    public static ActivitySource Source { get; } = new(Name);

    /// <summary>Updates the metrics for one emitted event.</summary>
    public void Record(RunEvent e, TimeSpan? nodeDuration)
    {
        switch (e.Type)
        {
            case RunEventTypes.RunStarted:
                _runsStarted.Add(1);
                _activeRuns.Add(1);
                break;
            case RunEventTypes.NodeStarted:
                _queueDepth.Add(1);
                break;
            case RunEventTypes.NodeCompleted or RunEventTypes.NodeFailed:
                _queueDepth.Add(-1);
                if (nodeDuration is { } duration)
                {
                    _nodeDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("node.type", e.NodeType),
                        new KeyValuePair<string, object?>("outcome", e.Type == RunEventTypes.NodeCompleted ? "completed" : "failed"));
                }
                break;
            case RunEventTypes.RunCompleted:
                _runsCompleted.Add(1);
                _activeRuns.Add(-1);
                break;
            case RunEventTypes.RunFailed:
                _runsFailed.Add(1);
                _activeRuns.Add(-1);
                break;
            case RunEventTypes.RunCancelled:
                _runsCancelled.Add(1);
                _activeRuns.Add(-1);
                break;
            default:
                break;
        }
    }

    public void Dispose() => _meter.Dispose();
}
