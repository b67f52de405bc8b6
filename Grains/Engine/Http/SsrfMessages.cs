namespace Thaiyyal.Grains.Engine.Http;

/// <summary>The reference's SSRF reason texts (HTTP_API.md §3), plus the few this port adds.</summary>
internal static class SsrfMessages
{
    public const string LocalhostName = "localhost addresses are blocked";
    public const string LocalhostAddress = "localhost addresses are blocked (set allow_localhost=true to permit)";
    public const string PrivateAddress = "private IP addresses are blocked (set allow_private_ips=true to permit)";
    public const string LinkLocalAddress = "link-local addresses are blocked (set allow_link_local=true to permit)";
    public const string CloudMetadata = "cloud metadata endpoints are blocked (set allow_cloud_metadata=true to permit)";
    public const string MulticastAddress = "multicast and broadcast addresses are blocked";
    public const string MissingHost = "URL missing hostname";

    public static string SchemeNotAllowed(string scheme) => $"URL scheme not allowed: {scheme} (allowed: [http https])";

    public static string DomainNotAllowed(string host) => $"domain not in allowlist: {host}";

    public static string IpLiteral(string host, string reason) => $"IP validation failed for {host}: {reason}";

    public static string ResolvedIp(string host, string ip, string reason) => $"IP validation failed for {host} ({ip}): {reason}";
}
