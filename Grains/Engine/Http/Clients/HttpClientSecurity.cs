namespace Thaiyyal.Grains.Engine.Http.Clients;

/// <summary>
/// A named client's own SSRF and size settings (reference <c>security</c> object). Zero limits take the reference
/// defaults. They tighten the rules for that client (and loosen them only where the operator allows it); the guard
/// still runs on every request.
/// </summary>
public sealed record HttpClientSecurity
{
    public static readonly HttpClientSecurity Default = new();

    /// <summary>0 = default 10.</summary>
    public int MaxRedirects { get; init; }

    /// <summary>0 = default 10 MiB.</summary>
    public long MaxResponseSize { get; init; }

    public bool FollowRedirects { get; init; } = true;

    public bool AllowPrivateIps { get; init; }

    public bool AllowLocalhost { get; init; }

    public bool AllowLinkLocal { get; init; }

    public bool AllowCloudMetadata { get; init; }

    public IReadOnlyList<string> AllowedDomains { get; init; } = [];

    public const int DefaultMaxRedirects = 10;

    public const long DefaultMaxResponseSize = 10 * 1024 * 1024;

    public int EffectiveMaxRedirects => MaxRedirects == 0 ? DefaultMaxRedirects : MaxRedirects;

    public long EffectiveMaxResponseSize => MaxResponseSize == 0 ? DefaultMaxResponseSize : MaxResponseSize;

    /// <summary>
    /// The client's policy. Its <c>Allow*</c> switches count only when <paramref name="honorAllowFlags"/> (the operator's
    /// choice); the operator's <see cref="HostAllowList"/> still exempts what it lists.
    /// </summary>
    public SsrfPolicy ToPolicy(HostAllowList operatorAllowList, bool honorAllowFlags) => new()
    {
        AllowLocalhost = honorAllowFlags && AllowLocalhost,
        AllowPrivateIps = honorAllowFlags && AllowPrivateIps,
        AllowLinkLocal = honorAllowFlags && AllowLinkLocal,
        AllowCloudMetadata = honorAllowFlags && AllowCloudMetadata,
        AllowedDomains = AllowedDomains.Select(d => d.Trim().ToLowerInvariant()).ToList(),
        AllowedHosts = operatorAllowList,
    };
}
