using System.Net;
using System.Net.Sockets;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// Validates a URL against an <see cref="SsrfPolicy"/> the way the reference does (HTTP_API.md §3): scheme, host,
/// domain allow-list, host-name blocks, then every resolved address. The same address rules run again at connect
/// time (<see cref="GuardedConnector"/>), so a name that re-resolves differently cannot slip through.
/// </summary>
public static class SsrfGuard
{
    private static readonly HashSet<string> LocalhostNames = new(StringComparer.OrdinalIgnoreCase) { "localhost", "127.0.0.1", "::1", "0.0.0.0" };

    private static readonly HashSet<string> MetadataNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "169.254.169.254", "metadata.google.internal", "metadata.goog", "metadata.azure.com", "metadata",
        "instance-data", "instance-data.ec2.internal", "metadata.tencentyun.com", "metadata.platformequinix.com",
    };

    /// <summary>Returns the reason <paramref name="url"/> may not be requested, or null when it may.</summary>
    public static async ValueTask<string?> ValidateUrlAsync(string url, SsrfPolicy policy, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url.Contains("://", StringComparison.Ordinal) || string.IsNullOrEmpty(url)
                ? $"invalid URL: {url}"
                : SsrfMessages.SchemeNotAllowed(string.Empty);
        }
        return await ValidateUriAsync(uri, policy, cancellationToken);
    }

    public static async ValueTask<string?> ValidateUriAsync(Uri uri, SsrfPolicy policy, CancellationToken cancellationToken)
    {
        if (uri.Scheme is not ("http" or "https"))
        {
            return SsrfMessages.SchemeNotAllowed(uri.Scheme);
        }
        var host = HostOf(uri);
        if (host.Length == 0)
        {
            return SsrfMessages.MissingHost;
        }
        if (policy.AllowedDomains.Count > 0 && !policy.AllowedDomains.Contains(host.ToLowerInvariant()))
        {
            return SsrfMessages.DomainNotAllowed(host);
        }
        if (IPAddress.TryParse(host, out var literal))
        {
            return policy.CheckAddress(literal) is { } reason ? SsrfMessages.IpLiteral(host, reason) : null;
        }
        if (policy.AllowedHosts.AllowsHost(host))
        {
            return null;
        }
        var name = host.TrimEnd('.');
        if (!policy.AllowLocalhost && (LocalhostNames.Contains(name) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)))
        {
            return SsrfMessages.LocalhostName;
        }
        if (!policy.AllowCloudMetadata && MetadataNames.Contains(name))
        {
            return SsrfMessages.CloudMetadata;
        }
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        }
        catch (SocketException)
        {
            // As in the reference: an unresolvable name passes here and fails when the connection is attempted.
            return null;
        }
        foreach (var address in addresses)
        {
            if (policy.CheckAddress(address) is { } reason)
            {
                return SsrfMessages.ResolvedIp(host, address.ToString(), reason);
            }
        }
        return null;
    }

    /// <summary>The host without IPv6 brackets.</summary>
    public static string HostOf(Uri uri) => uri.IdnHost.Trim('[', ']');
}
