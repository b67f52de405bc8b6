using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Benchmarks.Cluster;

/// <summary>
/// Failover: two Silo processes under W1 load; the one holding the most in-flight runs is killed with SIGKILL; the
/// time from the kill to the first node step of one of its runs completed on the other silo (a step's
/// <c>CompletedAt</c>, stamped just before its durable write) is one trial. A replacement silo restores two silos
/// before the next trial. The runs are read (as an API client polling them would) every 100 ms until they end, which
/// is what reactivates them on the survivor once the dead silo is declared dead.
/// </summary>
internal static class FailoverScenario
{
    private const int SiloCount = 2;
    private static readonly TimeSpan SteadyLoad = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan RecoveryTimeout = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public static async Task RunAsync(BenchmarkDatabase database, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var cluster = new SiloCluster(database, $"fo-{Guid.NewGuid():N}"[..16], ClusterTimings.Benchmark);
        for (var i = 0; i < SiloCount; i++)
        {
            await cluster.StartSiloAsync(cancellationToken);
        }
        using var client = await cluster.ConnectClientAsync(cancellationToken);
        var grains = client.Services.GetRequiredService<IClusterClient>();

        var firstSteps = new List<double>();
        var everyRun = new List<double>();
        for (var trial = 1; trial <= options.FailoverTrials; trial++)
        {
            var outcome = await RunTrialAsync(grains, cluster, options.InFlight, cancellationToken);
            Console.WriteLine($"  failover trial {trial}: {outcome}");
            if (outcome.FirstStepMs is { } first)
            {
                firstSteps.Add(first);
                everyRun.AddRange(outcome.ResumeMs);
            }
            await cluster.StartSiloAsync(cancellationToken); // back to two silos (waits until the dead one is declared dead)
        }

        firstSteps.Sort();
        everyRun.Sort();
        if (firstSteps.Count == 0)
        {
            Console.WriteLine("Failover: no trial killed a silo holding runs with a completed step; nothing measured");
            return;
        }
        Console.WriteLine(
            $"Failover (kill -9 of 1 of {SiloCount} silo processes, W1 load, {options.InFlight} in flight): first step on the survivor after " +
            $"p50 {Percentiles.Of(firstSteps, 0.50):F0} ms, p99 {Percentiles.Of(firstSteps, 0.99):F0} ms, max {firstSteps[^1]:F0} ms over {firstSteps.Count} trials; " +
            $"each orphaned run's first step elsewhere: p50 {Percentiles.Of(everyRun, 0.50):F0} ms, p99 {Percentiles.Of(everyRun, 0.99):F0} ms over {everyRun.Count} runs");
    }

    private static async Task<TrialOutcome> RunTrialAsync(IClusterClient grains, SiloCluster cluster, int inFlight, CancellationToken cancellationToken)
    {
        var load = RunLoad.Start(grains, Workloads.Sequential(10), inFlight, cancellationToken);
        await Task.Delay(SteadyLoad, cancellationToken);
        var victim = await PickVictimAsync(grains, cluster.Silos, load.InFlight, cancellationToken);

        var killedAt = DateTimeOffset.UtcNow;
        victim.KillHard();
        var orphans = load.InFlight;
        var stopping = load.StopAsync();
        var finals = await Task.WhenAll(orphans.Select(id => ReadUntilFinishedAsync(grains, id, cancellationToken)));
        await stopping;

        // The runs the victim held: a step of theirs had completed there. Each one's first step completed elsewhere after the kill.
        var resumeMs = finals
            .Where(run => run is not null && run.Nodes.Any(n => victim.Is(n.ExecutedOn)))
            .Select(run => run!.Nodes
                .Where(n => n.CompletedAt > killedAt && n.ExecutedOn is not null && !victim.Is(n.ExecutedOn))
                .Select(n => (double?)(n.CompletedAt!.Value - killedAt).TotalMilliseconds)
                .Min())
            .OfType<double>()
            .Order()
            .ToList();
        var completed = finals.Count(r => r?.Status == "completed");
        return new TrialOutcome(orphans.Count, completed, resumeMs.Count, resumeMs.Count > 0 ? resumeMs[0] : null, resumeMs);
    }

    /// <summary>The silo that executed steps of the most in-flight runs (node grains live with their run).</summary>
    private static async Task<SiloProcess> PickVictimAsync(IClusterClient grains, IReadOnlyList<SiloProcess> silos, IReadOnlyList<string> inFlight, CancellationToken cancellationToken)
    {
        var snapshots = await Task.WhenAll(inFlight.Select(id => grains.GetGrain<IRunGrain>(id).GetSnapshotAsync().WaitAsync(cancellationToken)));
        var places = snapshots.Select(s => s.Nodes.FirstOrDefault(n => n.ExecutedOn is not null)?.ExecutedOn).ToList();
        return silos.MaxBy(silo => places.Count(silo.Is))!;
    }

    private static async Task<RunSnapshot?> ReadUntilFinishedAsync(IClusterClient grains, string runId, CancellationToken cancellationToken)
    {
        var until = DateTime.UtcNow + RecoveryTimeout;
        RunSnapshot? last = null;
        while (DateTime.UtcNow < until)
        {
            try
            {
                last = await grains.GetGrain<IRunGrain>(runId).GetSnapshotAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken);
                if (last.IsTerminal)
                {
                    return last;
                }
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // The run's activation is on the dead silo until membership declares it dead; keep asking.
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
        return last;
    }

    private sealed record TrialOutcome(int InFlight, int Completed, int OnVictim, double? FirstStepMs, IReadOnlyList<double> ResumeMs)
    {
        public override string ToString() =>
            $"{InFlight} runs in flight at the kill, {OnVictim} of them held by the killed silo, {Completed}/{InFlight} completed; " +
            (FirstStepMs is { } first
                ? $"first step on the survivor {first:F0} ms after the kill, last orphan resumed at {ResumeMs[^1]:F0} ms"
                : "no orphaned run with a completed step (not counted)");
    }
}
