using Thaiyyal.Grains.Abstractions.Tenancy;

namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>
/// The audit chains: one per tenant (keyed by the tenant id) and one for the installation, which records what no
/// tenant can be named for (a request refused with 401 before anyone was identified). The installation chain's key
/// starts with '_', which a tenant id never does, so no tenant can ever read or write it as its own.
/// </summary>
public static class AuditChains
{
    public const string Installation = "_installation";

    /// <summary>The chain an entry of <paramref name="tenantId"/> goes to: the tenant's, or the installation's when there is none.</summary>
    public static string For(string? tenantId) => tenantId is null ? Installation : tenantId;

    /// <summary>Whether <paramref name="chain"/> is a chain key: a tenant id or <see cref="Installation"/>.</summary>
    public static bool IsValid(string? chain) => chain == Installation || TenantIds.IsValid(chain);
}
