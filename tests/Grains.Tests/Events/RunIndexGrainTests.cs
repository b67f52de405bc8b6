using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Orleans.Storage;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Events;
using Thaiyyal.Grains.Runs;
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
        await index.AsReference<IGrainManagementExtension>().DeactivateOnIdle(TestContext.Current.CancellationToken);
        var after = await index.ListAsync(new RunListQuery(tenant, 10));

        Assert.Equal([("r2", "running"), ("r1", "completed")], before.Runs.Select(r => (r.RunId, r.Status)));
        Assert.Equal(before.Runs.Select(r => (r.RunId, r.Status, r.CreatedAt, r.CompletedAt)), after.Runs.Select(r => (r.RunId, r.Status, r.CreatedAt, r.CompletedAt)));
        Assert.Equal(At, after.Runs.Single(r => r.RunId == "r1").CreatedAt); // an update keeps the creation time
    }

    [Fact]
    public async Task Upserts_AreWrittenToStorageWithinTheWriteInterval()
    {
        var tenant = "tenant-" + TestRuns.NewId();
        await fixture.Client.GetGrain<IRunIndexGrain>(tenant).UpsertAsync(new RunSummary("r1", "running", At) { TenantId = tenant });
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ThaiyyalStorage.Runs);
        var stored = new GrainState<RunIndexState>();

        // No deactivation here: only the grain's own timed write can put it in storage.
        var until = DateTime.UtcNow + RunIndexGrain.WriteInterval * 5;
        do
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            await storage.ReadStateAsync("index", GrainId.Create("runindex", tenant), stored);
        }
        while (stored.State?.Runs.ContainsKey("r1") != true && DateTime.UtcNow < until);

        Assert.True(stored.State?.Runs.ContainsKey("r1"), "the index was not written within five write intervals");
    }
}
