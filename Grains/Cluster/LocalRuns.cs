using System.Collections.Concurrent;

namespace Thaiyyal.Grains.Cluster;

/// <summary>The runs whose driver runs on this silo (what <c>GET /api/v1/cluster</c> counts per silo).</summary>
public sealed class LocalRuns
{
    private readonly ConcurrentDictionary<string, byte> _runs = new(StringComparer.Ordinal);

    public int Count => _runs.Count;

    /// <summary>Counts <paramref name="runId"/> until <paramref name="driver"/> ends (finished, handed over or failed).</summary>
    public void Track(string runId, Task driver)
    {
        _runs[runId] = 0;
        // Default scheduler: only the dictionary is touched, nothing of the grain.
        driver.ContinueWith(_ => _runs.TryRemove(runId, out byte _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
