using Thaiyyal.Grains.Hosting;

namespace Thaiyyal.Client.Identity;

/// <summary>Whether a request without credentials may act, and as whom.</summary>
public sealed class AnonymousAccess
{
    public const string Loopback = "loopback";
    public const string None = "none";

    private AnonymousAccess(bool fromLoopback) => FromLoopback = fromLoopback;

    /// <summary>A request from a loopback address without credentials is <see cref="Caller"/>.</summary>
    public bool FromLoopback { get; }

    /// <summary>Whether a request without credentials from <paramref name="remote"/> acts as <see cref="Caller"/>.</summary>
    /// <remarks>
    /// A dual-stack listener shows an IPv4 client as an IPv4-mapped IPv6 address: it is judged as the IPv4 address.
    /// </remarks>
    public bool Allows(System.Net.IPAddress? remote) =>
        FromLoopback && remote is not null && System.Net.IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote);

    /// <summary>Who an anonymous loopback request is: the installation admin of tenant <c>default</c>.</summary>
    public static Caller Caller { get; } = new(
        Grains.Abstractions.Tenancy.TenantIds.Default, ThaiyyalRoles.InstallationAdmin, Identity.Caller.AnonymousActor, "anonymous-loopback");

    public static AnonymousAccess From(AuthOptions options, HostMode mode) => options.Anonymous?.Trim().ToLowerInvariant() switch
    {
        null or "" => new AnonymousAccess(mode == HostMode.Embedded),
        Loopback => new AnonymousAccess(true),
        None => new AnonymousAccess(false),
        var other => throw new InvalidOperationException(
            $"{AuthOptions.SectionName}:Anonymous is '{other}'; use '{Loopback}' or '{None}'."),
    };
}
