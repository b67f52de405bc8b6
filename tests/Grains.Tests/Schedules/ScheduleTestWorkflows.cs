using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Abstractions.Workflows;

namespace Thaiyyal.Grains.Tests.Schedules;

/// <summary>Saved workflows and schedule definitions for schedule tests.</summary>
internal static class ScheduleTestWorkflows
{
    public static string Number(int value) => $$$"""{"nodes":[{"id":"a","type":"number","data":{"value":{{{value}}}}}]}""";

    /// <summary>A run that lasts until cancelled (for overlap tests).</summary>
    public const string Slow = """{"nodes":[{"id":"d","type":"delay","data":{"duration":"60s"}}]}""";

    public static async Task<string> SaveAsync(IGrainFactory grains, string definition)
    {
        var id = $"wf-{Guid.NewGuid():N}";
        var outcome = await grains.GetGrain<IWorkflowGrain>(id).CreateAsync(new SaveWorkflow("test", null, definition, Publish: true, Strict: true));
        Assert.Equal(WorkflowOutcomeStatus.Ok, outcome.Status);
        return id;
    }

    public static ScheduleDefinition Definition(string workflowId, string cron, string overlap = SchedulePolicies.AllowAll, string catchUp = SchedulePolicies.FireOnce) =>
        new(workflowId, SchedulePolicies.Latest, null, null, cron, "UTC", null, null, overlap, catchUp, TimeSpan.FromHours(6), 10);
}
