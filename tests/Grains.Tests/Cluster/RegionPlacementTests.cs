using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.TestingHost;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Runs;
using Thaiyyal.Grains.Tests.Support;

namespace Thaiyyal.Grains.Tests.Cluster;

/// <summary>
/// Home-region placement on a real (in-process) cluster: silos alternate between regions "east" and "west" by their
/// index; runs go to their home region, fail over when it has no silo left, and come home when it has one again.
/// </summary>
public sealed class RegionPlacementTests : IAsyncLifetime
{
    private const int RunsPerCheck = 10; // random placement would put all of them in one of two regions 1 time in 512

    private InProcessTestCluster _cluster = null!;

    public async ValueTask InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(initialSilosCount: 2);
        builder.ConfigureSiloHost((options, host) => host.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [LocalRegion.SettingName] = RegionOfSilo(options.SiloName),
        }));
        builder.ConfigureSilo((_, silo) => silo
            .AddMemoryGrainStorage(ThaiyyalStorage.Runs)
            .UseInMemoryReminderService()
            .AddThaiyyalGrains());
        _cluster = builder.Build();
        await _cluster.DeployAsync();
        foreach (var silo in _cluster.Silos)
        {
            await WaitUntilEverySiloSeesAsync(silo);
        }
    }

    public async ValueTask DisposeAsync() => await _cluster.DisposeAsync();

    [Fact]
    public async Task Runs_ArePlacedInTheirHomeRegion()
    {
        foreach (var region in new[] { "east", "west" })
        {
            var regions = await RunAndCollectRegionsAsync(region);
            Assert.All(regions, r => Assert.Equal(region, r));
        }
    }

    [Fact]
    public async Task Runs_OfAnotherTenant_ArePlacedInTheHomeRegionOfTheirRunId()
    {
        foreach (var region in new[] { "east", "west" })
        {
            var regions = await RunAndCollectRegionsAsync(region, tenantId: "acme"); // keys "acme/{region}.{hex}"
            Assert.All(regions, r => Assert.Equal(region, r));
        }
    }

    [Fact]
    public async Task Run_OfRegionWithoutSilos_RunsOnAnyLiveSilo()
    {
        var regions = await RunAndCollectRegionsAsync("north");

        Assert.All(regions, r => Assert.Contains(r, new[] { "east", "west" }));
    }

    [Fact]
    public async Task Runs_FailOverWhenTheirRegionIsGone_AndComeHomeWhenItIsBack()
    {
        var east = _cluster.Silos.Single(s => RegionOfSilo(s.Name) == "east");
        await _cluster.KillSiloAsync(east, TestContext.Current.CancellationToken);
        await _cluster.WaitForLivenessToStabilizeAsync(didKill: true);

        Assert.All(await RunAndCollectRegionsAsync("east"), r => Assert.Equal("west", r));

        var back = await _cluster.StartAdditionalSiloAsync(); // Silo_2: east again
        Assert.Equal("east", RegionOfSilo(back.Name));
        await WaitUntilEverySiloSeesAsync(back);

        Assert.All(await RunAndCollectRegionsAsync("east"), r => Assert.Equal("east", r));
    }

    /// <summary>Silo_0, Silo_2, … are in "east"; Silo_1, Silo_3, … in "west".</summary>
    private static string RegionOfSilo(string siloName) => int.Parse(siloName.Split('_')[^1]) % 2 == 0 ? "east" : "west";

    /// <summary>Starts runs of <paramref name="tenantId"/> with home <paramref name="homeRegion"/>; returns the region of every node of every run.</summary>
    private async Task<List<string?>> RunAndCollectRegionsAsync(string homeRegion, string tenantId = TenantIds.Default)
    {
        var regions = new List<string?>();
        for (var i = 0; i < RunsPerCheck; i++)
        {
            var run = _cluster.Client.GetGrain<IRunGrain>(TenantKeys.For(tenantId, RunRegionIds.New(homeRegion)));
            await run.StartAsync(new StartRun(TestRuns.ThreeNumbers, null));
            var done = await run.WaitForCompletionAsync(TimeSpan.FromSeconds(30));
            Assert.Equal("completed", done.Status);
            Assert.Equal(homeRegion, done.HomeRegion);
            regions.AddRange(done.Nodes.Select(n => n.ExecutedInRegion));
        }
        return regions;
    }

    /// <summary>
    /// Placement on any silo counts <paramref name="silo"/> in: every silo sees it active, knows its region and has its
    /// grain manifest (placement only chooses among silos whose manifest says they host the grain).
    /// </summary>
    private async Task WaitUntilEverySiloSeesAsync(InProcessSiloHandle silo)
    {
        var ct = TestContext.Current.CancellationToken;
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!_cluster.Silos.All(s =>
                   s.ServiceProvider.GetRequiredService<IClusterMembershipService>().CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active
                   && s.ServiceProvider.GetRequiredService<ISiloMetadataCache>().GetSiloMetadata(silo.SiloAddress).Metadata.ContainsKey(LocalRegion.MetadataKey)
                   && s.ServiceProvider.GetRequiredService<IClusterManifestProvider>().Current.Silos.ContainsKey(silo.SiloAddress)))
        {
            Assert.True(DateTime.UtcNow < until, $"silo {silo.Name} never became active with its region on every silo");
            await Task.Delay(50, ct);
        }
    }
}
