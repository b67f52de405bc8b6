using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Schedules;

namespace Thaiyyal.Grains.Tests.Schedules;

/// <summary>
/// A two-silo cluster whose schedules read a fake clock (Orleans and runs keep the real one). Tests advance
/// <see cref="Clock"/> and then wake the schedule, as its timer or reminder would.
/// </summary>
public sealed class ScheduleClusterFixture : IAsyncLifetime
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 1, 10, 15, 0, TimeSpan.Zero));

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddMemoryGrainStorage(ThaiyyalStorage.Runs).UseInMemoryReminderService().AddThaiyyalGrains();
            silo.Services.AddKeyedSingleton<TimeProvider>(ScheduleClock.Key, Clock);
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async ValueTask DisposeAsync() => await Cluster.DisposeAsync();
}

/// <summary>Tests sharing the fake-clock cluster (run one after another, as they move the shared clock).</summary>
[CollectionDefinition(Name)]
public sealed class ScheduleClusterCollection : ICollectionFixture<ScheduleClusterFixture>
{
    public const string Name = "ScheduleCluster";
}
