using Orleans.Placement;

namespace Thaiyyal.Grains.Cluster;

/// <summary>Marks a grain keyed by a run id (see <see cref="RunRegionIds"/>) for <see cref="HomeRegionPlacement"/>.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class HomeRegionPlacementAttribute() : PlacementAttribute(HomeRegionPlacement.Singleton);
