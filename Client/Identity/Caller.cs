using System.Reflection;
using System.Security.Claims;

namespace Thaiyyal.Client.Identity;

/// <summary>
/// Who is calling: the tenant every id of the request belongs to, the role, the actor and how it signed in. It comes
/// only from the authenticated principal — never from a body, query or header field. Handlers take it as a parameter
/// (minimal APIs bind it through <see cref="BindAsync"/>); routes that reach a handler are authorized, so it is there.
/// </summary>
public sealed record Caller(string TenantId, string Role, string Actor, string Method)
{
    public const string AnonymousActor = "anonymous";

    /// <summary>The caller a principal of the host's schemes carries, or null for any other principal.</summary>
    public static Caller? From(ClaimsPrincipal? principal)
    {
        var identity = principal?.Identities.FirstOrDefault(i => i.AuthenticationType == ThaiyyalClaims.AuthenticationType && i.IsAuthenticated);
        if (identity is null)
        {
            return null;
        }
        var tenant = identity.FindFirst(ThaiyyalClaims.Tenant)?.Value;
        var role = identity.FindFirst(ThaiyyalClaims.Role)?.Value;
        var actor = identity.FindFirst(ThaiyyalClaims.Actor)?.Value;
        var method = identity.FindFirst(ThaiyyalClaims.Method)?.Value;
        return tenant is null || role is null || actor is null || method is null ? null : new Caller(tenant, role, actor, method);
    }

    /// <summary>The principal an authentication scheme answers with for this caller.</summary>
    public ClaimsPrincipal ToPrincipal() =>
        new(new ClaimsIdentity(
            [
                new Claim(ThaiyyalClaims.Tenant, TenantId),
                new Claim(ThaiyyalClaims.Role, Role),
                new Claim(ThaiyyalClaims.Actor, Actor),
                new Claim(ThaiyyalClaims.Method, Method),
                new Claim(ClaimTypes.Name, Actor),
            ],
            ThaiyyalClaims.AuthenticationType, ClaimTypes.Name, ThaiyyalClaims.Role));

    /// <summary>Minimal APIs' binding: the authenticated caller of the request.</summary>
    public static ValueTask<Caller?> BindAsync(HttpContext context, ParameterInfo parameter) =>
        ValueTask.FromResult<Caller?>(From(context.User) ?? throw new InvalidOperationException(
            $"Route {context.Request.Path} reached its handler without an authenticated caller: it needs an authorization policy."));

    public bool Has(string requiredRole) => ThaiyyalRoles.Includes(Role, requiredRole);
}
