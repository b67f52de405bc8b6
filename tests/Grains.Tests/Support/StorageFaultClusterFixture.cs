using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Tests.Support;

/// <summary>
/// A cluster whose run storage fails the writes the test asks for, beneath the product's retries (two, 10 ms apart),
/// as the PostgreSQL provider would when the database refuses connections.
/// </summary>
public sealed class StorageFaultClusterFixture : ClusterFixture
{
    public StorageFaults Faults { get; } = new();

    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Thaiyyal:StorageRetry:MaxRetries"] = "2",
        ["Thaiyyal:StorageRetry:BaseDelay"] = "00:00:00.010",
    };

    protected override void ConfigureStorage(ISiloBuilder silo) => silo
        .AddMemoryGrainStorage(ThaiyyalStorage.Runs)
        .DecorateGrainStorage(ThaiyyalStorage.Runs, (_, inner) => new FaultyGrainStorage(inner, Faults))
        .AddThaiyyalStorageRetries(ThaiyyalStorage.Runs);
}
