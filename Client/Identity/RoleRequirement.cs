using Microsoft.AspNetCore.Authorization;

namespace Thaiyyal.Client.Identity;

/// <summary>The caller's role must include <see cref="Role"/>.</summary>
public sealed record RoleRequirement(string Role) : IAuthorizationRequirement;
