using System.Net;
using Thaiyyal.Grains.Engine.Http;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class SsrfPolicyTests
{
    [Theory]
    [InlineData("127.0.0.1", "localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("::1", "localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("0.0.0.0", "localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("::", "localhost addresses are blocked (set allow_localhost=true to permit)")]
    [InlineData("10.0.0.1", "private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("172.16.5.4", "private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("192.168.0.10", "private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("fd00::1", "private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("169.254.1.1", "link-local addresses are blocked (set allow_link_local=true to permit)")]
    [InlineData("fe80::1", "link-local addresses are blocked (set allow_link_local=true to permit)")]
    [InlineData("169.254.169.254", "link-local addresses are blocked (set allow_link_local=true to permit)")]
    [InlineData("fd00:ec2::254", "private IP addresses are blocked (set allow_private_ips=true to permit)")]
    [InlineData("224.0.0.251", "multicast and broadcast addresses are blocked")]
    [InlineData("::ffff:127.0.0.1", "localhost addresses are blocked (set allow_localhost=true to permit)")]
    public void CheckAddress_StrictPolicy_BlocksWithReferenceReason(string address, string reason) =>
        Assert.Equal(reason, SsrfPolicy.Strict.CheckAddress(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("100.64.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void CheckAddress_PublicAddress_IsAllowed(string address) =>
        Assert.Null(SsrfPolicy.Strict.CheckAddress(IPAddress.Parse(address)));

    [Fact]
    public void CheckAddress_MetadataWithLinkLocalAllowed_StillBlockedAsMetadata()
    {
        var policy = SsrfPolicy.Strict with { AllowLinkLocal = true };
        Assert.Equal("cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)", policy.CheckAddress(IPAddress.Parse("169.254.169.254")));
        Assert.Null((policy with { AllowCloudMetadata = true }).CheckAddress(IPAddress.Parse("169.254.169.254")));
    }

    [Fact]
    public void CheckAddress_Ec2MetadataV6WithPrivateAllowed_StillBlockedAsMetadata()
    {
        var policy = SsrfPolicy.Strict with { AllowPrivateIps = true };
        Assert.Equal("cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)", policy.CheckAddress(IPAddress.Parse("fd00:ec2::254")));
    }

    [Fact]
    public void CheckAddress_AllowFlags_OpenTheirRangesOnly()
    {
        var policy = SsrfPolicy.Strict with { AllowLocalhost = true, AllowPrivateIps = true };
        Assert.Null(policy.CheckAddress(IPAddress.Parse("127.0.0.1")));
        Assert.Null(policy.CheckAddress(IPAddress.Parse("10.0.0.1")));
        Assert.NotNull(policy.CheckAddress(IPAddress.Parse("169.254.1.1")));
    }

    [Fact]
    public void CheckAddress_AllowListCidr_ExemptsOnlyItsRange()
    {
        var policy = SsrfPolicy.Strict with { AllowedHosts = HostAllowList.Parse(["127.0.0.1/32", "10.1.0.0/16"]) };
        Assert.Null(policy.CheckAddress(IPAddress.Parse("127.0.0.1")));
        Assert.Null(policy.CheckAddress(IPAddress.Parse("::ffff:127.0.0.1")));
        Assert.Null(policy.CheckAddress(IPAddress.Parse("10.1.200.3")));
        Assert.NotNull(policy.CheckAddress(IPAddress.Parse("127.0.0.2")));
        Assert.NotNull(policy.CheckAddress(IPAddress.Parse("10.2.0.1")));
        Assert.NotNull(policy.CheckAddress(IPAddress.Parse("::1")));
    }

    [Fact]
    public void FromOptions_Defaults_BlockLoopback()
    {
        var policy = SsrfPolicy.FromOptions(new HttpNodeOptions());
        Assert.NotNull(policy.CheckAddress(IPAddress.Loopback));
        Assert.NotNull(policy.CheckAddress(IPAddress.IPv6Loopback));
        Assert.True(policy.AllowedHosts.IsEmpty);
    }
}
