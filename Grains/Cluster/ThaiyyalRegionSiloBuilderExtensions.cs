using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Runtime.MembershipService.SiloMetadata;

namespace Thaiyyal.Grains.Cluster;

/// <summary>Regions on a silo: its own region as silo metadata, and the placement that keeps runs in their home region.</summary>
public static class ThaiyyalRegionSiloBuilderExtensions
{
    public static ISiloBuilder AddThaiyyalRegions(this ISiloBuilder silo, LocalRegion region)
    {
        silo.Services.TryAddSingleton(region);
        silo.UseSiloMetadata(new Dictionary<string, string> { [LocalRegion.MetadataKey] = region.Name });
        silo.Services.AddPlacementDirector<HomeRegionPlacement, HomeRegionPlacementDirector>();
        return silo;
    }
}
