using Microsoft.AspNetCore.Authentication.JwtBearer;
using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Client.Identity;

/// <summary>Turns a validated token's configured tenant, role and subject claims into the host's <see cref="Caller"/>.</summary>
internal static class JwtCallerMapping
{
    public static Task OnTokenValidatedAsync(TokenValidatedContext context, JwtAuthOptions options)
    {
        var principal = context.Principal!;
        var tenant = principal.FindFirst(options.TenantClaim)?.Value;
        var role = principal.FindFirst(options.RoleClaim)?.Value;
        var subject = principal.FindFirst(options.SubjectClaim)?.Value;
        if (!TenantIds.IsValid(tenant))
        {
            context.Fail($"the token's '{options.TenantClaim}' claim is missing or not a tenant id");
        }
        else if (!ThaiyyalRoles.IsKnown(role))
        {
            context.Fail($"the token's '{options.RoleClaim}' claim is missing or not one of {string.Join(", ", ThaiyyalRoles.All)}");
        }
        else if (string.IsNullOrWhiteSpace(subject))
        {
            context.Fail($"the token has no '{options.SubjectClaim}' claim");
        }
        else
        {
            principal.AddIdentity(new Caller(tenant!, role!, $"jwt:{subject}", "jwt").ToPrincipal().Identities.Single());
        }
        return Task.CompletedTask;
    }

    /// <summary>A 401 that says why the token was refused (expired, wrong audience, bad claims) — never the token.</summary>
    public static async Task OnChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var reason = context.AuthenticateFailure switch
        {
            null => "This route needs credentials.",
            Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException => "The bearer token has expired.",
            Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException => "The bearer token is not for this audience.",
            Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException => "The bearer token is not from a trusted issuer.",
            Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException or Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException =>
                "The bearer token's signature is not valid.",
            Microsoft.AspNetCore.Authentication.AuthenticationFailureException failure when failure.Message.StartsWith("the token", StringComparison.Ordinal) =>
                $"The bearer token was refused: {failure.Message}.",
            _ => "The bearer token is not valid.",
        };
        context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await AuthProblems.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "Invalid credentials", reason);
    }
}
