using System.Net;
using System.Net.Sockets;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Classifies IP addresses into the ranges the SSRF guard blocks. Pure: no DNS, no configuration.</summary>
public static class AddressClassifier
{
    private static readonly IPNetwork[] PrivateV4 = [IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("172.16.0.0/12"), IPNetwork.Parse("192.168.0.0/16")];
    private static readonly IPNetwork LoopbackV4 = IPNetwork.Parse("127.0.0.0/8");
    private static readonly IPNetwork ThisNetworkV4 = IPNetwork.Parse("0.0.0.0/8");
    private static readonly IPNetwork LinkLocalV4 = IPNetwork.Parse("169.254.0.0/16");
    private static readonly IPNetwork MulticastV4 = IPNetwork.Parse("224.0.0.0/4");
    private static readonly IPAddress MetadataV4 = IPAddress.Parse("169.254.169.254");
    private static readonly IPNetwork UniqueLocalV6 = IPNetwork.Parse("fc00::/7");
    private static readonly IPNetwork SiteLocalV6 = IPNetwork.Parse("fec0::/10");
    private static readonly IPNetwork LinkLocalV6 = IPNetwork.Parse("fe80::/10");
    private static readonly IPNetwork MulticastV6 = IPNetwork.Parse("ff00::/8");
    private static readonly IPNetwork MetadataV6 = IPNetwork.Parse("fd00:ec2::/32");
    private static readonly IPNetwork Nat64V6 = IPNetwork.Parse("64:ff9b::/96");

    /// <summary>
    /// The category of <paramref name="address"/>. IPv4-mapped (<c>::ffff:a.b.c.d</c>), IPv4-compatible and NAT64
    /// addresses are judged by the IPv4 address they carry, so a blocked IPv4 range cannot be reached through IPv6.
    /// </summary>
    public static AddressCategory Classify(IPAddress address)
    {
        var ip = Normalize(address);
        return ip.AddressFamily == AddressFamily.InterNetwork ? ClassifyV4(ip) : ClassifyV6(ip);
    }

    /// <summary>The IPv4 address an IPv6 address embeds (mapped, compatible or NAT64), otherwise the address itself.</summary>
    public static IPAddress Normalize(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }
        if (Nat64V6.Contains(address) || IsIPv4Compatible(address))
        {
            var bytes = address.GetAddressBytes();
            return new IPAddress(bytes.AsSpan(12, 4));
        }
        return address;
    }

    private static bool IsIPv4Compatible(IPAddress address)
    {
        // ::a.b.c.d (deprecated, but still parsed and routed by some stacks); :: and ::1 keep their IPv6 meaning.
        var bytes = address.GetAddressBytes();
        return bytes.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !address.Equals(IPAddress.IPv6Any) && !address.Equals(IPAddress.IPv6Loopback);
    }

    private static AddressCategory ClassifyV4(IPAddress ip)
    {
        if (LoopbackV4.Contains(ip))
        {
            return AddressCategory.Loopback;
        }
        if (ThisNetworkV4.Contains(ip))
        {
            return AddressCategory.Unspecified;
        }
        if (PrivateV4.Any(n => n.Contains(ip)))
        {
            return AddressCategory.Private;
        }
        if (ip.Equals(MetadataV4))
        {
            return AddressCategory.CloudMetadata;
        }
        if (LinkLocalV4.Contains(ip))
        {
            return AddressCategory.LinkLocal;
        }
        return MulticastV4.Contains(ip) || ip.Equals(IPAddress.Broadcast) ? AddressCategory.Multicast : AddressCategory.Public;
    }

    private static AddressCategory ClassifyV6(IPAddress ip)
    {
        if (ip.Equals(IPAddress.IPv6Loopback))
        {
            return AddressCategory.Loopback;
        }
        if (ip.Equals(IPAddress.IPv6Any))
        {
            return AddressCategory.Unspecified;
        }
        if (MetadataV6.Contains(ip))
        {
            return AddressCategory.CloudMetadata;
        }
        if (UniqueLocalV6.Contains(ip) || SiteLocalV6.Contains(ip))
        {
            return AddressCategory.Private;
        }
        if (LinkLocalV6.Contains(ip))
        {
            return AddressCategory.LinkLocal;
        }
        return MulticastV6.Contains(ip) ? AddressCategory.Multicast : AddressCategory.Public;
    }
}
