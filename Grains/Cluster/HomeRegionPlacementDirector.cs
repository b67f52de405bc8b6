using Orleans.Runtime.MembershipService.SiloMetadata;
using Orleans.Runtime.Placement;

namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// Picks the silo of a new run activation: a random live silo of the run's home region, any live silo when the home
/// region has none left. Runs on whichever silo places the activation — also when a watchdog reminder reactivates a
/// run after its silo died — and reads regions from the silo metadata every silo publishes.
/// </summary>
internal sealed class HomeRegionPlacementDirector(ISiloMetadataCache metadata) : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var live = context.GetCompatibleSilos(target);
        var homeRegion = RunRegionIds.HomeRegionOf(target.GrainIdentity.Key.ToString());
        var candidates = HomeRegionChoice.Candidates(homeRegion, live, RegionOf);
        // A hint (e.g. from a migration) is followed only where it keeps the region preference.
        if (IPlacementDirector.GetPlacementHint(target.RequestContextData, [.. candidates]) is { } hint)
        {
            return Task.FromResult(hint);
        }
        return Task.FromResult(HomeRegionChoice.Choose(homeRegion, live, RegionOf, Random.Shared.Next));
    }

    private string? RegionOf(SiloAddress silo) =>
        metadata.GetSiloMetadata(silo).Metadata.TryGetValue(LocalRegion.MetadataKey, out var region) ? region : null;
}
