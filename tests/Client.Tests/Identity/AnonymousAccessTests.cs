using Thaiyyal.Client.Identity;
using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Client.Tests.Identity;

public sealed class AnonymousAccessTests
{
    [Theory]
    [InlineData(null, HostMode.Embedded, true)]
    [InlineData(null, HostMode.Client, false)]
    [InlineData("none", HostMode.Embedded, false)]
    [InlineData("loopback", HostMode.Client, true)]
    [InlineData(" NONE ", HostMode.Embedded, false)]
    public void From_SettingAndMode_DecidesLoopbackAccess(string? setting, HostMode mode, bool fromLoopback)
    {
        var access = AnonymousAccess.From(new AuthOptions { Anonymous = setting }, mode);

        Assert.Equal(fromLoopback, access.FromLoopback);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:192.168.1.20", false)]
    [InlineData("192.168.1.20", false)]
    [InlineData("10.0.0.5", false)]
    public void Allows_OnlyLoopbackAddresses(string address, bool allowed)
    {
        var access = AnonymousAccess.From(new AuthOptions(), HostMode.Embedded);

        Assert.Equal(allowed, access.Allows(System.Net.IPAddress.Parse(address)));
        Assert.False(AnonymousAccess.From(new AuthOptions { Anonymous = "none" }, HostMode.Embedded).Allows(System.Net.IPAddress.Parse(address)));
    }

    [Fact]
    public void Allows_NoRemoteAddress_IsNotLoopback()
    {
        Assert.False(AnonymousAccess.From(new AuthOptions(), HostMode.Embedded).Allows(null));
    }

    [Fact]
    public void From_UnknownSetting_FailsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => AnonymousAccess.From(new AuthOptions { Anonymous = "everyone" }, HostMode.Embedded));

        Assert.Contains("'everyone'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer", "viewer", true)]
    [InlineData("viewer", "operator", false)]
    [InlineData("admin", "editor", true)]
    [InlineData("admin", "installation-operator", false)]
    [InlineData("installation-operator", "operator", true)]
    [InlineData("installation-operator", "editor", false)]
    [InlineData("installation-admin", "admin", true)]
    [InlineData("installation-admin", "installation-operator", true)]
    [InlineData("nobody", "viewer", false)]
    public void Includes_RoleAgainstRequired(string role, string required, bool included)
    {
        Assert.Equal(included, ThaiyyalRoles.Includes(role, required));
    }
}
