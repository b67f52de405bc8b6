using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Grains.Tests.Events;

/// <summary>The runs index follows a run's status through parking and resuming, not only its start and end, in the run's tenant.</summary>
public sealed class RunIndexUpdatesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    private static RunEvent Numbered(RunEvent template, long seq) => template with { RunId = "r1", Seq = seq, WorkflowId = "wf" };

    [Fact]
    public void ParkAndResume_ReadWaitingThenRunningAgain_NodeEventsChangeNothing()
    {
        var events = new[]
        {
            Numbered(RunEvents.RunStarted(At, "wf"), 1),
            Numbered(RunEvents.NodeStarted(At, "wait", "delay"), 2),
            Numbered(RunEvents.RunWaiting(At.AddSeconds(1), "wait", "delay", At.AddMinutes(5), null), 3),
            Numbered(RunEvents.RunResumed(At.AddMinutes(5), "wait", "delay"), 4),
            Numbered(RunEvents.NodeCompleted(At.AddMinutes(5), "wait", "delay", "1", 1), 5),
        };

        var updates = RunIndexUpdates.From("acme", events).ToList();

        Assert.Equal(["running", "waiting", "running"], updates.Select(u => u.Status));
        Assert.All(updates, u => Assert.Null(u.CompletedAt));
        Assert.All(updates, u => Assert.Equal("wf", u.WorkflowId));
        Assert.All(updates, u => Assert.Equal(("acme", "r1"), (u.TenantId, u.RunId)));
    }

    [Fact]
    public void TerminalEvent_EndsTheRunAtItsTime()
    {
        var ended = Numbered(RunEvents.RunEnded(At, "completed", "wf", "1", []), 9);

        var update = Assert.Single(RunIndexUpdates.From(TenantIds.Default, [ended]));

        Assert.Equal("completed", update.Status);
        Assert.Equal(At, update.CompletedAt);
    }
}
