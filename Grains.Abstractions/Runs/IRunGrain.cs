using Orleans.Concurrency;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>One workflow run: validates, orders and drives its nodes, and holds the run's record. Key: the run key, <c>TenantKeys.For(tenant, runId)</c>.</summary>
[Alias("thaiyyal.IRunGrain")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Accepts the run (persisted before this returns) and starts executing it. A repeated start is a no-op.</summary>
    [Alias("Start")]
    Task<RunSnapshot> StartAsync(StartRun command);

    /// <summary>The run as it stands; <see cref="RunSnapshot.Status"/> is <c>unknown</c> for a run that was never started.</summary>
    [Alias("GetSnapshot"), AlwaysInterleave]
    Task<RunSnapshot> GetSnapshotAsync();

    /// <summary>Waits until the run ends or <paramref name="timeout"/> passes, then returns the snapshot.</summary>
    [Alias("WaitForCompletion"), AlwaysInterleave]
    Task<RunSnapshot> WaitForCompletionAsync(TimeSpan timeout);

    /// <summary>Cancels a running run. Returns the snapshot; a finished run is left as it is.</summary>
    [Alias("Cancel")]
    Task<RunSnapshot> CancelAsync(string reason);

    /// <summary>
    /// The run's events with a sequence number above <paramref name="afterSeq"/>, in order and without gaps: the
    /// stored history followed by the events not yet flushed to it. Empty for a run that was never started.
    /// </summary>
    [Alias("GetEvents"), AlwaysInterleave]
    Task<IReadOnlyList<RunEvent>> GetEventsAsync(long afterSeq);

    /// <summary>
    /// Delivers the signal <paramref name="name"/> with its JSON payload: stored durably before this returns, then
    /// handed to the <c>wait_event</c> node waiting for it (resuming a parked run) or kept until one reaches it.
    /// </summary>
    [Alias("Signal")]
    Task<SignalReceipt> SignalAsync(string name, string payloadJson, string? idempotencyKey = null);
}
