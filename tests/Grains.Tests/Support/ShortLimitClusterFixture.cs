namespace Thaiyyal.Grains.Tests.Support;

/// <summary>A cluster whose runs may last one second, to test the run time limit.</summary>
public sealed class ShortLimitClusterFixture : ClusterFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Thaiyyal:Engine:Limits:MaxExecutionTime"] = "00:00:01",
    };
}
