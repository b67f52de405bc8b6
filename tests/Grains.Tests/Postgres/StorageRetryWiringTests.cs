using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;
using Thaiyyal.Grains.Persistence;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// On PostgreSQL, both grain storages are the ADO.NET provider behind <see cref="RetryingGrainStorage"/>, and the
/// provider still joins the silo lifecycle through it (the fixture's cluster could not have started otherwise:
/// an uninitialised provider has no queries). What the retries do is in StorageFaultTests.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class StorageRetryWiringTests(PostgresFixture fixture)
{
    [Theory]
    [InlineData(ThaiyyalStorage.Runs)]
    [InlineData(ThaiyyalStorage.PubSub)]
    public async Task GrainStorage_IsRetrying_AndWritesThroughToPostgres(string name)
    {
        var storage = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredKeyedService<IGrainStorage>(name);
        Assert.IsType<RetryingGrainStorage>(storage);

        var grainId = GrainId.Create("thaiyyal-wiring", Guid.NewGuid().ToString("N"));
        var written = new GrainState<RunState> { State = new RunState { Status = "completed" } };
        await storage.WriteStateAsync("run", grainId, written);
        var read = new GrainState<RunState>();
        await storage.ReadStateAsync("run", grainId, read);

        Assert.True(read.RecordExists);
        Assert.Equal("completed", read.State!.Status);
        Assert.Equal(written.ETag, read.ETag);
    }
}
