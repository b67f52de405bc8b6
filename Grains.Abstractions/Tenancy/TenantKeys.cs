namespace Thaiyyal.Grains.Abstractions.Tenancy;

/// <summary>
/// Grain keys of tenant-owned things: <c>{tenant}/{id}</c>. The <see cref="TenantIds.Default"/> tenant's keys are the
/// bare ids — the form every key had before tenants — so an installation's existing runs, workflows, schedules and
/// reminders belong to tenant <c>default</c> without rewriting Orleans' grain-state and reminder rows (whose hashes
/// are computed from the key). Only ids that never contain '/' (run, workflow, schedule ids) are keyed this way; a key
/// with no '/' is the default tenant's.
/// </summary>
public static class TenantKeys
{
    public const char Separator = '/';

    public static string For(string tenantId, string id) =>
        tenantId == TenantIds.Default ? id : $"{tenantId}{Separator}{id}";

    /// <summary>The tenant and the id of a key made by <see cref="For"/>.</summary>
    public static (string TenantId, string Id) Parse(string key)
    {
        var separator = key.IndexOf(Separator, StringComparison.Ordinal);
        return separator <= 0 ? (TenantIds.Default, key) : (key[..separator], key[(separator + 1)..]);
    }

    public static string TenantOf(string key) => Parse(key).TenantId;

    public static string IdOf(string key) => Parse(key).Id;
}
