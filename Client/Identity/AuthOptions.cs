namespace Thaiyyal.Client.Identity;

/// <summary>How callers prove who they are (section <c>Thaiyyal:Auth</c>).</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Thaiyyal:Auth";

    /// <summary>
    /// <c>loopback</c>: a request from a loopback address without credentials is the installation admin of tenant
    /// <c>default</c>; <c>none</c>: every request needs credentials. Unset: <c>loopback</c> in embedded mode (so the
    /// README's first command works as it is), <c>none</c> in client mode (a real cluster).
    /// </summary>
    public string? Anonymous { get; set; }

    /// <summary>
    /// A file a host with no API keys yet writes one new installation-admin key of tenant <c>default</c> into (mode
    /// 0600), for scripts and first set-up. Unset: none is made.
    /// </summary>
    public string? BootstrapKeyFile { get; set; }

    public JwtAuthOptions Jwt { get; set; } = new();
}
