using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Thaiyyal.Client.Identity;

/// <summary>
/// The host's one default scheme: it looks at what credential a request carries and forwards to the scheme that
/// checks it — a JWT bearer token to <see cref="JwtBearerDefaults.AuthenticationScheme"/>, no credential to
/// <see cref="AnonymousLoopbackHandler"/>.
/// </summary>
public static class CredentialSchemes
{
    public const string Default = "thaiyyal";

    public const string Jwt = JwtBearerDefaults.AuthenticationScheme;

    public static string Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Jwt;
        }
        return AnonymousLoopbackHandler.SchemeName;
    }
}
