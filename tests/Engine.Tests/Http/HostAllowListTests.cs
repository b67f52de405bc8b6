using System.Net;
using Thaiyyal.Grains.Engine.Http;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class HostAllowListTests
{
    [Theory]
    [InlineData("localhost", true)]
    [InlineData("api.internal.example", true)]
    [InlineData("127.0.0.1/32", true)]
    [InlineData("10.0.0.0/8", true)]
    [InlineData("::1/128", true)]
    [InlineData("192.168.1.7", true)]
    [InlineData("10.0.0.0/33", false)]
    [InlineData("not a host", false)]
    [InlineData("", false)]
    public void IsValidEntry_Entry_AcceptsHostNamesAndRanges(string entry, bool valid) =>
        Assert.Equal(valid, HostAllowList.IsValidEntry(entry));

    [Fact]
    public void Parse_InvalidEntry_Throws() =>
        Assert.Throws<FormatException>(() => HostAllowList.Parse(["bad host"]));

    [Fact]
    public void AllowsHost_IsCaseInsensitiveAndExact()
    {
        var list = HostAllowList.Parse(["LocalHost"]);
        Assert.True(list.AllowsHost("localhost"));
        Assert.False(list.AllowsHost("evil.localhost"));
    }

    [Fact]
    public void AllowsAddress_SingleAddressEntry_MatchesThatAddressOnly()
    {
        var list = HostAllowList.Parse(["192.168.1.7"]);
        Assert.True(list.AllowsAddress(IPAddress.Parse("192.168.1.7")));
        Assert.False(list.AllowsAddress(IPAddress.Parse("192.168.1.8")));
    }
}
