using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Abstractions.Workflows;
using Thaiyyal.Grains.Tests.Support;
using Thaiyyal.Grains.Workflows;
using static Thaiyyal.Grains.Tests.Schedules.ScheduleTestWorkflows;

namespace Thaiyyal.Grains.Tests.Workflows;

[Collection(ClusterCollection.Name)]
public sealed class WorkflowGrainTests(ClusterFixture fixture)
{
    private static SaveWorkflow Save(int value, bool publish = true, string name = "wf") => new(name, "a test", Number(value), publish, Strict: true);

    private IWorkflowGrain NewWorkflow() => fixture.Client.GetGrain<IWorkflowGrain>($"wf-{Guid.NewGuid():N}");

    [Fact]
    public async Task Create_ValidDefinition_IsVersionOnePublishedAndListed()
    {
        var grain = NewWorkflow();

        var outcome = await grain.CreateAsync(Save(1));

        Assert.Equal(WorkflowOutcomeStatus.Ok, outcome.Status);
        Assert.Equal((1, 1), (outcome.Workflow!.LatestVersion, outcome.Workflow.PublishedVersion!.Value));
        var listed = await fixture.Client.GetGrain<IWorkflowIndexGrain>(TenantIds.Default).ListAsync();
        Assert.Contains(listed, w => w.Id == grain.GetPrimaryKeyString());
    }

    [Fact]
    public async Task Create_Twice_Conflicts()
    {
        var grain = NewWorkflow();
        await grain.CreateAsync(Save(1));

        Assert.Equal(WorkflowOutcomeStatus.Conflict, (await grain.CreateAsync(Save(2))).Status);
    }

    [Fact]
    public async Task Create_InvalidDefinitionStrict_ListsProblemsAndSavesNothing()
    {
        var grain = NewWorkflow();

        var outcome = await grain.CreateAsync(new SaveWorkflow("bad", null, """{"nodes":[{"id":"x","type":"no_such_type","data":{}}]}""", true, Strict: true));

        Assert.Equal(WorkflowOutcomeStatus.Invalid, outcome.Status);
        Assert.Contains(outcome.Problems, p => p.NodeId == "x");
        Assert.Null(await grain.GetAsync());
    }

    [Fact]
    public async Task Create_NotStrict_AcceptsAnyJson()
    {
        var outcome = await NewWorkflow().CreateAsync(new SaveWorkflow("draft", null, """{"anything":[1,2]}""", true, Strict: false));

        Assert.Equal(WorkflowOutcomeStatus.Ok, outcome.Status);
    }

    [Fact]
    public async Task Update_AddsImmutableVersions_PublishesOnlyWhenAsked()
    {
        var grain = NewWorkflow();
        await grain.CreateAsync(Save(1));

        await grain.UpdateAsync(Save(2, publish: false, name: "renamed"));
        var versions = (await grain.ListVersionsAsync())!;

        Assert.Equal([(1, true, "wf"), (2, false, "renamed")], versions.Select(v => (v.Version, v.Published, v.Name)));
        Assert.Equal(Number(1), (await grain.GetVersionAsync(null))!.DefinitionJson);
        Assert.Equal(Number(2), (await grain.GetVersionAsync(2))!.DefinitionJson);
    }

    [Fact]
    public async Task PublishThenRollback_ReturnsToThePreviouslyPublishedVersion()
    {
        var grain = NewWorkflow();
        await grain.CreateAsync(Save(1));
        await grain.UpdateAsync(Save(2, publish: true));
        await grain.UpdateAsync(Save(3, publish: false));
        await grain.PublishAsync(3);

        var first = await grain.RollbackAsync();
        var second = await grain.RollbackAsync();
        var third = await grain.RollbackAsync();

        Assert.Equal((2, 1), (first.Workflow!.PublishedVersion!.Value, second.Workflow!.PublishedVersion!.Value));
        Assert.Equal(WorkflowOutcomeStatus.Conflict, third.Status);
        Assert.Equal(WorkflowOutcomeStatus.NotFound, (await grain.PublishAsync(9)).Status);
    }

    [Fact]
    public async Task StartRun_PinsThePublishedVersion()
    {
        var grain = NewWorkflow();
        var id = grain.GetPrimaryKeyString();
        await grain.CreateAsync(Save(10));
        await grain.UpdateAsync(Save(20, publish: true));
        var starter = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<WorkflowRunStarter>();

        var latest = await starter.StartAsync(TenantIds.Default, id, null, null, Guid.NewGuid().ToString("N"), strict: true);
        var pinned = await starter.StartAsync(TenantIds.Default, id, 1, null, Guid.NewGuid().ToString("N"), strict: true);

        Assert.Equal((2, 1), (latest.Version!.Version, pinned.Version!.Version));
        var latestRun = await fixture.Client.GetGrain<IRunGrain>(latest.Run!.RunId).WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        var pinnedRun = await fixture.Client.GetGrain<IRunGrain>(pinned.Run!.RunId).WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("20", "10"), (latestRun.FinalOutputJson, pinnedRun.FinalOutputJson));
    }

    [Fact]
    public async Task Delete_RemovesWorkflowAndListing()
    {
        var grain = NewWorkflow();
        await grain.CreateAsync(Save(1));

        Assert.True(await grain.DeleteAsync());

        Assert.Null(await grain.GetAsync());
        Assert.False(await grain.DeleteAsync());
        var listed = await fixture.Client.GetGrain<IWorkflowIndexGrain>(TenantIds.Default).ListAsync();
        Assert.DoesNotContain(listed, w => w.Id == grain.GetPrimaryKeyString());
    }

    [Fact]
    public async Task SameId_InTwoTenants_AreTwoWorkflowsEachListedAndRunInItsOwnTenant()
    {
        var id = $"wf-{Guid.NewGuid():N}";
        var tenant = "t-" + id[3..11];
        var mine = fixture.Client.GetGrain<IWorkflowGrain>(TenantKeys.For(tenant, id));
        var theirs = fixture.Client.GetGrain<IWorkflowGrain>(id); // tenant default's
        await mine.CreateAsync(Save(7));
        var starter = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<WorkflowRunStarter>();

        var missingThere = await starter.StartAsync(TenantIds.Default, id, null, null, Guid.NewGuid().ToString("N"), strict: true);
        await theirs.CreateAsync(Save(8));
        var runId = Guid.NewGuid().ToString("N");
        var started = await starter.StartAsync(tenant, id, null, null, runId, strict: true);

        Assert.Equal(WorkflowRunStartStatus.WorkflowNotFound, missingThere.Status);
        Assert.Equal(id, (await mine.GetAsync())!.Id); // the bare id, not the key
        Assert.Equal(id, (await mine.GetVersionAsync(null))!.WorkflowId);
        Assert.Equal((Number(7), Number(8)), ((await mine.GetVersionAsync(1))!.DefinitionJson, (await theirs.GetVersionAsync(1))!.DefinitionJson));
        var listed = await fixture.Client.GetGrain<IWorkflowIndexGrain>(tenant).ListAsync();
        Assert.Equal([id], listed.Select(w => w.Id));
        Assert.Equal(runId, started.Run!.RunId);
        var run = await fixture.Client.GetGrain<IRunGrain>(TenantKeys.For(tenant, runId)).WaitForCompletionAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("7", run.FinalOutputJson);
        Assert.Equal(RunSnapshot.UnknownStatus, (await fixture.Client.GetGrain<IRunGrain>(runId).GetSnapshotAsync()).Status);
        Assert.True(await mine.DeleteAsync());
        Assert.Empty(await fixture.Client.GetGrain<IWorkflowIndexGrain>(tenant).ListAsync());
        Assert.NotNull(await theirs.GetAsync());
    }
}
