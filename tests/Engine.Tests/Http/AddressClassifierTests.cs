using System.Net;
using Thaiyyal.Grains.Engine.Http;

namespace Thaiyyal.Engine.Tests.Http;

public sealed class AddressClassifierTests
{
    [Theory]
    [InlineData("127.0.0.1", AddressCategory.Loopback)]
    [InlineData("127.255.255.254", AddressCategory.Loopback)]
    [InlineData("::1", AddressCategory.Loopback)]
    [InlineData("0.0.0.0", AddressCategory.Unspecified)]
    [InlineData("0.1.2.3", AddressCategory.Unspecified)]
    [InlineData("::", AddressCategory.Unspecified)]
    [InlineData("10.0.0.1", AddressCategory.Private)]
    [InlineData("10.255.255.255", AddressCategory.Private)]
    [InlineData("172.16.0.1", AddressCategory.Private)]
    [InlineData("172.31.255.255", AddressCategory.Private)]
    [InlineData("192.168.1.1", AddressCategory.Private)]
    [InlineData("fc00::1", AddressCategory.Private)]
    [InlineData("fd12:3456::1", AddressCategory.Private)]
    [InlineData("fec0::1", AddressCategory.Private)]
    [InlineData("169.254.0.1", AddressCategory.LinkLocal)]
    [InlineData("169.254.255.255", AddressCategory.LinkLocal)]
    [InlineData("fe80::1", AddressCategory.LinkLocal)]
    [InlineData("febf::1", AddressCategory.LinkLocal)]
    [InlineData("169.254.169.254", AddressCategory.CloudMetadata)]
    [InlineData("fd00:ec2::254", AddressCategory.CloudMetadata)]
    [InlineData("224.0.0.1", AddressCategory.Multicast)]
    [InlineData("239.255.255.250", AddressCategory.Multicast)]
    [InlineData("255.255.255.255", AddressCategory.Multicast)]
    [InlineData("ff02::1", AddressCategory.Multicast)]
    [InlineData("8.8.8.8", AddressCategory.Public)]
    [InlineData("172.15.255.255", AddressCategory.Public)]
    [InlineData("172.32.0.0", AddressCategory.Public)]
    [InlineData("100.64.0.1", AddressCategory.Public)]
    [InlineData("2606:4700:4700::1111", AddressCategory.Public)]
    public void Classify_Address_ReturnsItsRange(string address, AddressCategory expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", AddressCategory.Loopback)]
    [InlineData("::ffff:10.0.0.1", AddressCategory.Private)]
    [InlineData("::ffff:169.254.169.254", AddressCategory.CloudMetadata)]
    [InlineData("::ffff:192.168.0.1", AddressCategory.Private)]
    [InlineData("::ffff:8.8.8.8", AddressCategory.Public)]
    [InlineData("::127.0.0.1", AddressCategory.Loopback)]
    [InlineData("64:ff9b::a00:1", AddressCategory.Private)]
    public void Classify_IPv6CarryingIPv4_IsJudgedAsTheIPv4Address(string address, AddressCategory expected) =>
        Assert.Equal(expected, AddressClassifier.Classify(IPAddress.Parse(address)));
}
