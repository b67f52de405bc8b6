using System.Collections.Concurrent;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>Keeps a number of runs of one workflow in flight until stopped, and knows which ones are in flight.</summary>
internal sealed class RunLoad
{
    private readonly ConcurrentDictionary<string, byte> _inFlight = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop;
    private readonly Task _workers;

    private RunLoad(IClusterClient grains, string workflow, int inFlight, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _workers = Task.WhenAll(Enumerable.Range(0, inFlight).Select(_ => Task.Run(() => WorkAsync(grains, workflow, _stop.Token), CancellationToken.None)));
    }

    public static RunLoad Start(IClusterClient grains, string workflow, int inFlight, CancellationToken cancellationToken) =>
        new(grains, workflow, inFlight, cancellationToken);

    /// <summary>Runs accepted and not yet seen to finish.</summary>
    public IReadOnlyList<string> InFlight => [.. _inFlight.Keys];

    /// <summary>Stops starting runs; waiting calls are abandoned (their runs stay <see cref="InFlight"/>).</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _workers;
        _stop.Dispose();
    }

    private async Task WorkAsync(IClusterClient grains, string workflow, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var runId = Guid.NewGuid().ToString("N");
            var run = grains.GetGrain<IRunGrain>(runId);
            try
            {
                await run.StartAsync(new StartRun(workflow, null)).WaitAsync(stop);
                _inFlight[runId] = 0;
                var finished = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(30)).WaitAsync(stop);
                if (finished.IsTerminal)
                {
                    _inFlight.TryRemove(runId, out _);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception) when (!stop.IsCancellationRequested)
            {
                // A silo died under this call: the run (if accepted) stays in flight for the failover measurement.
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }
}
