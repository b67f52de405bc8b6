using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Abstractions.Workflows;

namespace Thaiyyal.Benchmarks;

/// <summary>
/// S1: many cron schedules firing every second on the real clock. The figure is each fire's lateness: when the
/// schedule fired (its grain timer ran and the fire was recorded) minus the cron instant it was for, read back from
/// the schedules' histories.
/// </summary>
internal static class ScheduleLatenessBenchmark
{
    public static async Task RunAsync(IGrainFactory grains, int schedules, TimeSpan duration)
    {
        var workflowId = "bench-tick-" + Guid.NewGuid().ToString("N")[..8];
        var saved = await grains.GetGrain<IWorkflowGrain>(workflowId).CreateAsync(
            new SaveWorkflow("bench tick", null, """{"nodes":[{"id":"a","type":"number","data":{"value":1}}]}""", Publish: true, Strict: true));
        if (saved.Status != WorkflowOutcomeStatus.Ok)
        {
            throw new InvalidOperationException($"could not save the benchmark workflow: {saved.Message}");
        }
        var ids = Enumerable.Range(0, schedules).Select(i => $"{workflowId}-s{i}").ToList();
        var definition = new ScheduleDefinition(
            workflowId, SchedulePolicies.Latest, null, null, "* * * * * *", "UTC", null, null,
            SchedulePolicies.AllowAll, SchedulePolicies.Skip, TimeSpan.Zero, 1);
        foreach (var id in ids)
        {
            var created = await grains.GetGrain<IScheduleGrain>(id).CreateAsync(definition, paused: false);
            if (created.Status != ScheduleOutcomeStatus.Ok)
            {
                throw new InvalidOperationException($"could not create schedule {id}: {created.Message}");
            }
        }
        await Task.Delay(duration);

        var lateness = new List<double>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var schedule = grains.GetGrain<IScheduleGrain>(id);
            await schedule.PauseAsync();
            foreach (var fire in await schedule.GetHistoryAsync() ?? [])
            {
                if (fire.Trigger != ScheduleStatuses.Scheduled || fire.ScheduledAt is not { } due)
                {
                    continue;
                }
                outcomes[fire.Outcome] = outcomes.GetValueOrDefault(fire.Outcome) + 1;
                lateness.Add((fire.FiredAt - due).TotalMilliseconds);
            }
            await schedule.DeleteAsync();
        }

        lateness.Sort();
        Console.WriteLine(
            $"S1 cron schedules: {schedules} schedules every 1 s for {duration.TotalSeconds:F0} s, {lateness.Count} fires " +
            $"({string.Join(", ", outcomes.Select(o => $"{o.Value} {o.Key}"))}); lateness (fired − due): " +
            (lateness.Count == 0 ? "no fires" :
                $"p50 {Percentiles.Of(lateness, 0.50):F1} ms, p99 {Percentiles.Of(lateness, 0.99):F1} ms, max {lateness[^1]:F1} ms, min {lateness[0]:F1} ms"));
    }
}
