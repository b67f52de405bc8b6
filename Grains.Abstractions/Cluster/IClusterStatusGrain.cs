namespace Thaiyyal.Grains.Abstractions.Cluster;

/// <summary>The cluster as the silos see it: membership, each silo's region and the runs each drives. Any key.</summary>
[Alias("thaiyyal.IClusterStatusGrain")]
public interface IClusterStatusGrain : IGrainWithIntegerKey
{
    [Alias("GetSnapshot")]
    Task<ClusterSnapshot> GetSnapshotAsync(CancellationToken cancellationToken);
}
