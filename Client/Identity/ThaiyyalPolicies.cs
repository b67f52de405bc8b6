using Microsoft.AspNetCore.Authorization;

namespace Thaiyyal.Client.Identity;

/// <summary>
/// The authorization policies routes declare, one per route group: each requires a Thaiyyal caller whose role includes
/// the policy's role (<see cref="ThaiyyalRoles"/>).
/// </summary>
public static class ThaiyyalPolicies
{
    public const string Viewer = "thaiyyal:" + ThaiyyalRoles.Viewer;
    public const string Operator = "thaiyyal:" + ThaiyyalRoles.Operator;
    public const string Editor = "thaiyyal:" + ThaiyyalRoles.Editor;
    public const string Admin = "thaiyyal:" + ThaiyyalRoles.Admin;
    public const string InstallationOperator = "thaiyyal:" + ThaiyyalRoles.InstallationOperator;
    public const string InstallationAdmin = "thaiyyal:" + ThaiyyalRoles.InstallationAdmin;

    /// <summary>The role each policy requires.</summary>
    public static IReadOnlyDictionary<string, string> RoleOf { get; } =
        ThaiyyalRoles.All.ToDictionary(role => "thaiyyal:" + role, role => role);

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (policy, role) in RoleOf)
        {
            options.AddPolicy(policy, builder => builder.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(role)));
        }
        // A route that declares no policy is a bug: it answers no one rather than everyone.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(_ => false).Build();
    }
}
