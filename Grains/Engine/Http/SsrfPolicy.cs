using System.Net;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// Which destinations one outbound request may reach. The four <c>Allow*</c> switches are the reference's
/// (HTTP_API.md §3, all off by default); <see cref="AllowedHosts"/> is this port's operator allow-list.
/// </summary>
public sealed record SsrfPolicy
{
    /// <summary>The key under which a request carries its policy to the connection callback.</summary>
    public static readonly HttpRequestOptionsKey<SsrfPolicy> RequestOptionKey = new("Thaiyyal.SsrfPolicy");

    /// <summary>Everything blocked, nothing exempt.</summary>
    public static readonly SsrfPolicy Strict = new();

    public bool AllowLocalhost { get; init; }

    public bool AllowPrivateIps { get; init; }

    public bool AllowLinkLocal { get; init; }

    public bool AllowCloudMetadata { get; init; }

    /// <summary>When non-empty, the only host names allowed (lower-cased exact match, no wildcards).</summary>
    public IReadOnlyList<string> AllowedDomains { get; init; } = [];

    public HostAllowList AllowedHosts { get; init; } = HostAllowList.Empty;

    /// <summary>True when any reference switch loosens the default blocks (the allow-list does not count).</summary>
    public bool IsRelaxed => AllowLocalhost || AllowPrivateIps || AllowLinkLocal || AllowCloudMetadata;

    public static SsrfPolicy FromOptions(HttpNodeOptions options) => new()
    {
        AllowedDomains = options.AllowedDomains.Select(d => d.Trim().ToLowerInvariant()).ToList(),
        AllowedHosts = HostAllowList.Parse(options.AllowedHosts),
    };

    /// <summary>The reference's reason text when <paramref name="address"/> is blocked, or null when it may be reached.</summary>
    public string? CheckAddress(IPAddress address)
    {
        if (AllowedHosts.AllowsAddress(address))
        {
            return null;
        }
        var isV4 = AddressClassifier.Normalize(address).AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork;
        return AddressClassifier.Classify(address) switch
        {
            AddressCategory.Loopback or AddressCategory.Unspecified when !AllowLocalhost => SsrfMessages.LocalhostAddress,
            AddressCategory.Private when !AllowPrivateIps => SsrfMessages.PrivateAddress,
            AddressCategory.LinkLocal when !AllowLinkLocal => SsrfMessages.LinkLocalAddress,
            // The reference checks the enclosing range first: link-local for 169.254.169.254, private for fd00:ec2::/32.
            AddressCategory.CloudMetadata when isV4 && !AllowLinkLocal => SsrfMessages.LinkLocalAddress,
            AddressCategory.CloudMetadata when !isV4 && !AllowPrivateIps => SsrfMessages.PrivateAddress,
            AddressCategory.CloudMetadata when !AllowCloudMetadata => SsrfMessages.CloudMetadata,
            AddressCategory.Multicast => SsrfMessages.MulticastAddress,
            _ => null,
        };
    }
}
