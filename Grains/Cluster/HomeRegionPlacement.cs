namespace Thaiyyal.Grains.Cluster;

/// <summary>Places a run on a live silo of its home region (named by its id), or on any live silo when that region has none.</summary>
public sealed class HomeRegionPlacement : PlacementStrategy
{
    internal static readonly HomeRegionPlacement Singleton = new();
}
