namespace Thaiyyal.Client.Identity;

/// <summary>
/// The roles a caller can hold in its tenant, each including the ones before it: <c>viewer</c> reads,
/// <c>operator</c> also starts, cancels and signals runs and triggers schedules, <c>editor</c> also changes workflows,
/// schedules and HTTP clients, <c>admin</c> also manages the tenant's keys, secrets and audit. The installation roles
/// add the cluster (status, dashboard, metrics; an installation admin also creates tenants) to the tenant role they
/// include: an installation operator is an operator of its tenant, an installation admin its admin.
/// </summary>
public static class ThaiyyalRoles
{
    public const string Viewer = "viewer";
    public const string Operator = "operator";
    public const string Editor = "editor";
    public const string Admin = "admin";
    public const string InstallationOperator = "installation-operator";
    public const string InstallationAdmin = "installation-admin";

    /// <summary>Every role, from the least to the most allowed.</summary>
    public static IReadOnlyList<string> All { get; } = [Viewer, Operator, Editor, Admin, InstallationOperator, InstallationAdmin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role);

    /// <summary>How much of its tenant <paramref name="role"/> may do: 0 (nothing, unknown role) to 4 (admin).</summary>
    public static int TenantRank(string role) => role switch
    {
        Viewer => 1,
        Operator or InstallationOperator => 2,
        Editor => 3,
        Admin or InstallationAdmin => 4,
        _ => 0,
    };

    /// <summary>How much of the installation <paramref name="role"/> may do: 0 (nothing) to 2 (installation admin).</summary>
    public static int InstallationRank(string role) => role switch
    {
        InstallationOperator => 1,
        InstallationAdmin => 2,
        _ => 0,
    };

    /// <summary>Whether <paramref name="role"/> includes everything <paramref name="required"/> may do.</summary>
    public static bool Includes(string role, string required) =>
        InstallationRank(required) > 0
            ? InstallationRank(role) >= InstallationRank(required)
            : TenantRank(role) >= TenantRank(required) && TenantRank(required) > 0;
}
