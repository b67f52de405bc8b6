using Thaiyyal.Grains.Cluster;

namespace Thaiyyal.Grains.Tests.Cluster;

public sealed class HomeRegionChoiceTests
{
    private static readonly Dictionary<string, string?> Regions = new()
    {
        ["e1"] = "east",
        ["e2"] = "east",
        ["w1"] = "west",
        ["new"] = null, // joined, region not known yet
    };

    private static string? RegionOf(string silo) => Regions[silo];

    [Fact]
    public void Candidates_HomeRegionHasLiveSilos_OnlyThose()
    {
        Assert.Equal(["e1", "e2"], HomeRegionChoice.Candidates("east", ["e1", "w1", "e2", "new"], RegionOf));
        Assert.Equal(["w1"], HomeRegionChoice.Candidates("west", ["e1", "w1", "e2", "new"], RegionOf));
    }

    [Fact]
    public void Candidates_HomeRegionHasNoLiveSilo_FailsOverToEveryLiveSilo()
    {
        Assert.Equal(["w1", "new"], HomeRegionChoice.Candidates("east", ["w1", "new"], RegionOf));
        Assert.Equal(["e1", "w1"], HomeRegionChoice.Candidates("north", ["e1", "w1"], RegionOf));
    }

    [Fact]
    public void Candidates_SiloWithUnknownRegion_IsNeverHome() =>
        Assert.Equal(["e1"], HomeRegionChoice.Candidates("east", ["new", "e1"], RegionOf));

    [Fact]
    public void Choose_PicksByIndexAmongCandidates()
    {
        var counts = new List<int>();
        var chosen = HomeRegionChoice.Choose("east", ["w1", "e1", "e2"], RegionOf, count =>
        {
            counts.Add(count);
            return 1;
        });

        Assert.Equal("e2", chosen);
        Assert.Equal([2], counts);
    }

    [Fact]
    public void Choose_NoLiveSilo_Throws() =>
        Assert.Throws<InvalidOperationException>(() => HomeRegionChoice.Choose("east", Array.Empty<string>(), RegionOf, _ => 0));
}
