using System.Net;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// Host names and CIDR ranges exempt from the SSRF address blocks. A listed host name exempts the name and every
/// address it resolves to; a listed range exempts the addresses inside it, whatever name led there.
/// </summary>
public sealed class HostAllowList
{
    public static readonly HostAllowList Empty = new([], []);

    private readonly HashSet<string> _hostNames;
    private readonly IReadOnlyList<IPNetwork> _networks;

    private HostAllowList(HashSet<string> hostNames, IReadOnlyList<IPNetwork> networks)
    {
        _hostNames = hostNames;
        _networks = networks;
    }

    public bool IsEmpty => _hostNames.Count == 0 && _networks.Count == 0;

    /// <summary>Parses entries such as <c>localhost</c>, <c>api.internal</c>, <c>127.0.0.1/32</c> or <c>10.0.0.5</c>.</summary>
    /// <exception cref="FormatException">An entry is neither a host name nor an address or CIDR range.</exception>
    public static HostAllowList Parse(IEnumerable<string> entries)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (TryParseNetwork(entry, out var network))
            {
                networks.Add(network);
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                names.Add(entry.TrimEnd('.'));
            }
            else
            {
                throw new FormatException($"'{raw}' is neither a host name nor a CIDR range.");
            }
        }
        return names.Count == 0 && networks.Count == 0 ? Empty : new HostAllowList(names, networks);
    }

    public static bool IsValidEntry(string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return false;
        }
        var trimmed = entry.Trim();
        return TryParseNetwork(trimmed, out _) || Uri.CheckHostName(trimmed) == UriHostNameType.Dns;
    }

    public bool AllowsHost(string host) => _hostNames.Count > 0 && _hostNames.Contains(host.TrimEnd('.'));

    public bool AllowsAddress(IPAddress address)
    {
        if (_networks.Count == 0)
        {
            return false;
        }
        var normalized = AddressClassifier.Normalize(address);
        return _networks.Any(n => n.Contains(address) || n.Contains(normalized));
    }

    private static bool TryParseNetwork(string entry, out IPNetwork network)
    {
        if (entry.Contains('/', StringComparison.Ordinal))
        {
            return IPNetwork.TryParse(entry, out network);
        }
        if (IPAddress.TryParse(entry.Trim('[', ']'), out var address))
        {
            network = new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
            return true;
        }
        network = default;
        return false;
    }
}
