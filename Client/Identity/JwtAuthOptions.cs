namespace Thaiyyal.Client.Identity;

/// <summary>
/// JWT bearer tokens (section <c>Thaiyyal:Auth:Jwt</c>): from an OIDC <see cref="Authority"/> (keys by discovery) or
/// signed with <see cref="SigningKeys"/>. Without either, JWTs are not accepted.
/// </summary>
public sealed class JwtAuthOptions
{
    /// <summary>The OIDC issuer whose discovery document gives the signing keys (e.g. https://login.example.com/realms/x).</summary>
    public string? Authority { get; set; }

    /// <summary>The <c>iss</c> a token must carry; defaults to the authority's.</summary>
    public string? Issuer { get; set; }

    /// <summary>The <c>aud</c> a token must carry. Required.</summary>
    public string? Audience { get; set; }

    /// <summary>Symmetric HMAC keys (base64, at least 32 bytes) when there is no authority.</summary>
    public List<string> SigningKeys { get; set; } = [];

    /// <summary>The claim that names the caller's tenant.</summary>
    public string TenantClaim { get; set; } = "tenant";

    /// <summary>The claim that names the caller's role (one of the Thaiyyal roles).</summary>
    public string RoleClaim { get; set; } = "role";

    /// <summary>The claim that names the actor in the audit log.</summary>
    public string SubjectClaim { get; set; } = "sub";

    /// <summary>Discovery over plain HTTP is refused unless this is false (a local identity provider in development).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) || SigningKeys.Count > 0;
}
