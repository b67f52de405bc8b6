using Microsoft.AspNetCore.Authorization;

namespace Thaiyyal.Client.Identity;

/// <summary>Grants a <see cref="RoleRequirement"/> to a caller whose role includes it.</summary>
internal sealed class RoleAuthorizationHandler : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        if (Caller.From(context.User) is { } caller && caller.Has(requirement.Role))
        {
            context.Succeed(requirement);
        }
        return Task.CompletedTask;
    }
}
