using Thaiyyal.Grains.Cluster;

namespace Thaiyyal.Grains.Tests.Cluster;

public sealed class RunRegionIdsTests
{
    [Fact]
    public void New_NamedRegion_IsRegionDotHexAndReadsBack()
    {
        var id = RunRegionIds.New("eu-west");

        Assert.Matches("^eu-west\\.[0-9a-f]{32}$", id);
        Assert.Equal("eu-west", RunRegionIds.HomeRegionOf(id));
    }

    [Fact]
    public void New_DefaultRegion_IsBareHexAsBeforeRegions()
    {
        var id = RunRegionIds.New(RegionNames.Default);

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(RegionNames.Default, RunRegionIds.HomeRegionOf(id));
    }

    [Fact]
    public void New_InvalidRegion_Throws() => Assert.Throws<InvalidOperationException>(() => RunRegionIds.New("EU"));

    [Theory]
    [InlineData("0123456789abcdef0123456789abcdef")]
    [InlineData(".0123456789abcdef")]
    [InlineData("EU.0123456789abcdef")]
    [InlineData("not a run id")]
    public void HomeRegionOf_IdWithoutValidRegion_IsDefault(string runId) =>
        Assert.Equal(RegionNames.Default, RunRegionIds.HomeRegionOf(runId));
}
