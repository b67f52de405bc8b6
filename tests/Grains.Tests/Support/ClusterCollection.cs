namespace Thaiyyal.Grains.Tests.Support;

/// <summary>Tests sharing one cluster; each uses unique run ids.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "Cluster";
}
