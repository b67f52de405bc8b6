using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// Grain state outlives a new build: rows written by the current contracts read into a class with an extra member,
/// and rows written by a class with a member more or less read into the current contracts, all through the real
/// ADO.NET provider on PostgreSQL with the System.Text.Json grain storage serializer.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StateEvolutionTests(PostgresFixture fixture)
{
    [Fact]
    public async Task RunState_WrittenByCurrentBuild_ReadsIntoClassWithNewField_AndBack()
    {
        var runId = TestRuns.NewId();
        var grain = fixture.Client.GetGrain<IRunGrain>(runId);
        await grain.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
        var snapshot = await grain.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
        var storage = Storage();
        var grainId = grain.GetGrainId();

        var newer = new GrainState<RunStateWithNewField>();
        await storage.ReadStateAsync("run", grainId, newer);
        newer.State!.HomeRegion = "eu";
        await storage.WriteStateAsync("run", grainId, newer);
        var current = new GrainState<RunState>();
        await storage.ReadStateAsync("run", grainId, current);

        Assert.True(newer.RecordExists);
        Assert.NotNull(current.State);
        Assert.Equal("completed", newer.State.Status);
        Assert.Equal(snapshot.FinalOutputJson, newer.State.FinalOutputJson);
        Assert.Equal(["a", "b", "c"], newer.State.NodeOrder);
        Assert.Equal("completed", current.State.Status);
        Assert.Equal(snapshot.FinalOutputJson, current.State.FinalOutputJson);
        Assert.Equal(3, current.State.Nodes.Count);
        Assert.Equal("number", current.State.Nodes["a"].Type);
    }

    [Fact]
    public async Task NodeState_WrittenByOlderClass_ReadsIntoCurrentContract()
    {
        var storage = Storage();
        var grainId = GrainId.Create("node", $"{TestRuns.NewId()}/a");
        var older = new GrainState<NodeStateWithoutField>
        {
            State = new NodeStateWithoutField { Status = "completed", ResultJson = "42", Attempts = 2, CompletedAt = DateTimeOffset.UnixEpoch },
        };
        await storage.WriteStateAsync("node", grainId, older);

        var current = new GrainState<NodeState>();
        await storage.ReadStateAsync("node", grainId, current);
        current.State!.NodeType = "number";
        await storage.WriteStateAsync("node", grainId, current);

        Assert.True(current.RecordExists);
        Assert.Equal("completed", current.State.Status);
        Assert.Equal("42", current.State.ResultJson);
        Assert.Equal(2, current.State.Attempts);
        Assert.Equal(DateTimeOffset.UnixEpoch, current.State.CompletedAt);
        Assert.Equal("2", current.ETag);
    }

    private IGrainStorage Storage() =>
        fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(ThaiyyalStorage.Runs);
}
