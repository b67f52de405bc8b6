using Thaiyyal.Grains.Cluster;

namespace Thaiyyal.Grains.Tests.Cluster;

public sealed class RegionNamesTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("eu-west")]
    [InlineData("us2")]
    [InlineData("a")]
    [InlineData("abcdefghijklmnopqrstuvwxyz012345")]
    public void IsValid_LowercaseLettersDigitsInnerHyphens_IsTrue(string name) => Assert.True(RegionNames.IsValid(name));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("EU")]
    [InlineData("-eu")]
    [InlineData("eu-")]
    [InlineData("eu.west")]
    [InlineData("eu/west")]
    [InlineData("eu west")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456")]
    public void IsValid_AnythingElse_IsFalse(string? name) => Assert.False(RegionNames.IsValid(name));

    [Fact]
    public void Require_InvalidName_ThrowsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RegionNames.Require("EU", "Thaiyyal:Region"));
        Assert.Contains("Thaiyyal:Region 'EU'", error.Message, StringComparison.Ordinal);
    }
}
