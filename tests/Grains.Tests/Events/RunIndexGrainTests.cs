using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Events;

/// <summary>The Memory-mode runs index answers from memory at once and keeps its runs across deactivation.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RunIndexGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Upserts_AreListedAtOnce_AndSurviveDeactivation()
    {
        var tenant = "tenant-" + TestRuns.NewId();
        var index = fixture.Client.GetGrain<IRunIndexGrain>(tenant);
        await index.UpsertAsync(new RunSummary("r1", "running", At) { TenantId = tenant });
        await index.UpsertAsync(new RunSummary("r2", "running", At.AddSeconds(1)) { TenantId = tenant });
        await index.UpsertAsync(new RunSummary("r1", "completed", At.AddSeconds(2)) { TenantId = tenant, CompletedAt = At.AddSeconds(2) });

        var before = await index.ListAsync(new RunListQuery(tenant, 10));
        // Deactivating it (as idle collection would) writes what it had not written yet.
        await fixture.Client.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var after = await index.ListAsync(new RunListQuery(tenant, 10));

        Assert.Equal([("r2", "running"), ("r1", "completed")], before.Runs.Select(r => (r.RunId, r.Status)));
        Assert.Equal(before.Runs.Select(r => (r.RunId, r.Status, r.CreatedAt, r.CompletedAt)), after.Runs.Select(r => (r.RunId, r.Status, r.CreatedAt, r.CompletedAt)));
        Assert.Equal(At, after.Runs.Single(r => r.RunId == "r1").CreatedAt); // an update keeps the creation time
    }
}
