using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Tests.Support;
using static Thaiyyal.Grains.Tests.Schedules.ScheduleTestWorkflows;

namespace Thaiyyal.Grains.Tests.Schedules;

/// <summary>A schedule on the real clock: the grain timer gives sub-minute fires. Lateness is measured and reported, not asserted tightly.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ScheduleRealTimeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EveryTwoSeconds_RealClock_FiresAtLeastThreeTimes()
    {
        var ct = TestContext.Current.CancellationToken;
        var workflow = await SaveAsync(fixture.Client, Number(1));
        var schedule = fixture.Client.GetGrain<IScheduleGrain>($"s-{Guid.NewGuid():N}");
        await schedule.CreateAsync(Definition(workflow, "*/2 * * * * *"), paused: false);

        IReadOnlyList<ScheduleFire> started = [];
        var deadline = DateTimeOffset.UtcNow.AddSeconds(30);
        while (started.Count < 5 && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(250, ct); // polling for the outcome, not waiting for the cluster
            started = (await schedule.GetHistoryAsync())!.Where(f => f.Outcome == ScheduleStatuses.Started).ToList();
        }
        await schedule.DeleteAsync();

        Assert.True(started.Count >= 3, $"only {started.Count} fires in 30 s");
        Assert.All(started, f => Assert.Equal(ScheduleStatuses.Scheduled, f.Trigger));
        Assert.Equal(started.Count, started.Select(f => f.ScheduledAt).Distinct().Count());
        var lateness = started.Select(f => (f.FiredAt - f.ScheduledAt!.Value).TotalMilliseconds).Order().ToList();
        Assert.All(lateness, ms => Assert.True(ms >= 0, "a fire ran before its time"));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"fires={lateness.Count} lateness ms: p50={Percentile(lateness, 0.50):F1} p99={Percentile(lateness, 0.99):F1} max={lateness[^1]:F1}");
        Console.WriteLine($"SCHEDULE-LATENESS fires={lateness.Count} p50={Percentile(lateness, 0.50):F1}ms p99={Percentile(lateness, 0.99):F1}ms max={lateness[^1]:F1}ms");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
