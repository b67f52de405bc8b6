namespace Thaiyyal.Client.Identity;

/// <summary>The claims every authentication scheme of the host puts on its principal, whatever the credential.</summary>
public static class ThaiyyalClaims
{
    public const string Tenant = "thaiyyal:tenant";

    public const string Role = "thaiyyal:role";

    /// <summary>Who acts: an API key's id, a token's subject, or <c>anonymous</c>.</summary>
    public const string Actor = "thaiyyal:actor";

    /// <summary>How the caller proved it: <c>api-key</c>, <c>jwt</c>, <c>cookie</c> or <c>anonymous-loopback</c>.</summary>
    public const string Method = "thaiyyal:method";

    /// <summary>The identity's authentication type: a principal without it carries no Thaiyyal caller.</summary>
    public const string AuthenticationType = "thaiyyal";
}
