using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>The runs-index changes a batch of events implies: a run appears with <c>RunStarted</c>, ends with a terminal event.</summary>
internal static class RunIndexUpdates
{
    public static IEnumerable<RunSummary> From(IEnumerable<RunEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Type == RunEventTypes.RunStarted || e.IsTerminal || e.Type == RunEventTypes.RunWaiting)
            {
                yield return new RunSummary(e.RunId, e.RunStatus ?? "running", e.Timestamp)
                {
                    WorkflowId = e.WorkflowId,
                    CompletedAt = e.IsTerminal ? e.Timestamp : null,
                };
            }
        }
    }
}
