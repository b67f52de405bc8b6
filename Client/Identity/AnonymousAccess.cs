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
