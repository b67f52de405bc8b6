using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Regions on a silo: its own region as silo metadata, the placement that keeps runs in their home region, and the
/// per-silo run count the cluster status reads.
/// </summary>
public static class ThaiyyalRegionSiloBuilderExtensions
{
    public static ISiloBuilder AddThaiyyalRegions(this ISiloBuilder silo, LocalRegion region)
    {
        silo.Services.TryAddSingleton(region);
        silo.UseSiloMetadata(new Dictionary<string, string> { [LocalRegion.MetadataKey] = region.Name });
        silo.Services.AddPlacementDirector<HomeRegionPlacement, HomeRegionPlacementDirector>();
        silo.Services.TryAddSingleton<LocalRuns>();
        silo.Services.AddKeyedSingleton<Orleans.Providers.IControllable, SiloRunReporter>(SiloRunReporter.ProviderName);
        // The control command names the reporter type in its message to each silo; Orleans refuses unlisted types.
        silo.Services.Configure<Orleans.Serialization.Configuration.TypeManifestOptions>(o => o.AddAllowedType(typeof(SiloRunReporter)));
        return silo;
    }
}
