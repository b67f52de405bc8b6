using System.Text.RegularExpressions;

namespace Thaiyyal.Grains.Abstractions.Tenancy;

/// <summary>
/// Tenant ids: 1 to 63 lowercase letters, digits and '-', starting with a letter or digit. They never contain '/', so
/// a grain key can carry one in front of an id (<see cref="TenantKeys"/>).
/// </summary>
public static partial class TenantIds
{
    /// <summary>The tenant of an installation's first data, of embedded mode's anonymous caller, and of every row written before tenants.</summary>
    public const string Default = "default";

    public const int MaxLength = 63;

    public static bool IsValid(string? tenantId) => tenantId is not null && Pattern().IsMatch(tenantId);

    /// <summary>Why <paramref name="tenantId"/> is not a tenant id, or null when it is.</summary>
    public static string? Problem(string? tenantId) =>
        IsValid(tenantId) ? null : $"a tenant id is 1 to {MaxLength} lowercase letters, digits and '-', starting with a letter or digit";

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
