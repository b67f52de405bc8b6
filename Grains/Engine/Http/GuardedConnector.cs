using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the node's HTTP clients: resolves the host once, checks
/// every address against the request's <see cref="SsrfPolicy"/> and connects only to those checked addresses, which
/// closes the DNS-rebinding gap between validation and connection that the reference has.
/// </summary>
public sealed class GuardedConnector(IOptions<HttpNodeOptions> options)
{
    private readonly Lazy<SsrfPolicy> _defaultPolicy = new(() => SsrfPolicy.FromOptions(options.Value));

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var policy = context.InitialRequestMessage.Options.TryGetValue(SsrfPolicy.RequestOptionKey, out var carried)
            ? carried
            : _defaultPolicy.Value;
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var addresses = await ResolveAsync(host, policy, cancellationToken);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    private static async ValueTask<IPAddress[]> ResolveAsync(string host, SsrfPolicy policy, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host, out var literal))
        {
            return policy.CheckAddress(literal) is { } reason
                ? throw new SsrfBlockedException(SsrfMessages.IpLiteral(host, reason))
                : [literal];
        }
        var addresses = await Dns.GetHostAddressesAsync(host, cancellationToken);
        if (policy.AllowedHosts.AllowsHost(host))
        {
            return addresses;
        }
        foreach (var address in addresses)
        {
            if (policy.CheckAddress(address) is { } reason)
            {
                throw new SsrfBlockedException(SsrfMessages.ResolvedIp(host, address.ToString(), reason));
            }
        }
        return addresses;
    }
}
