using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// The runs-index changes a batch of events implies: a run appears with <c>RunStarted</c>, is <c>waiting</c> from
/// <c>RunWaiting</c> and running again from <c>RunResumed</c>, and ends with a terminal event; in the run's tenant.
/// </summary>
internal static class RunIndexUpdates
{
    public static IEnumerable<RunSummary> From(string tenantId, IEnumerable<RunEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Type is RunEventTypes.RunStarted or RunEventTypes.RunWaiting or RunEventTypes.RunResumed || e.IsTerminal)
            {
                yield return new RunSummary(e.RunId, e.RunStatus ?? "running", e.Timestamp)
                {
                    TenantId = tenantId,
                    WorkflowId = e.WorkflowId,
                    CompletedAt = e.IsTerminal ? e.Timestamp : null,
                };
            }
        }
    }
}
