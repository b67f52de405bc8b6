namespace Thaiyyal.Grains.Engine.Http;

/// <summary>What kind of network an IP address belongs to, as far as outbound-request safety is concerned.</summary>
public enum AddressCategory
{
    /// <summary>A routable public address.</summary>
    Public,
    /// <summary><c>127.0.0.0/8</c>, <c>::1</c>.</summary>
    Loopback,
    /// <summary><c>0.0.0.0/8</c>, <c>::</c>.</summary>
    Unspecified,
    /// <summary><c>10/8</c>, <c>172.16/12</c>, <c>192.168/16</c>, <c>fc00::/7</c>, <c>fec0::/10</c>.</summary>
    Private,
    /// <summary><c>169.254/16</c>, <c>fe80::/10</c>.</summary>
    LinkLocal,
    /// <summary><c>169.254.169.254</c>, <c>fd00:ec2::/32</c>.</summary>
    CloudMetadata,
    /// <summary><c>224.0.0.0/4</c>, <c>255.255.255.255</c>, <c>ff00::/8</c>.</summary>
    Multicast,
}
