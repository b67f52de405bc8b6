using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Secrets;

/// <summary>Tenants' secrets (section <c>Thaiyyal:Secrets</c>): limits and how values are encrypted at rest.</summary>
public sealed class SecretsOptions
{
    public const string SectionName = "Thaiyyal:Secrets";

    /// <summary>The largest value, in UTF-8 bytes; a bigger one is <c>413</c>.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxValueBytes { get; set; } = 64 * 1024;

    /// <summary>Secrets one tenant may hold; a new name past it is <c>409</c>.</summary>
    [Range(1, 100_000)]
    public int MaxSecretsPerTenant { get; set; } = 500;

    /// <summary>
    /// A base64 256-bit key: values are encrypted with AES-GCM under it. Empty: ASP.NET Core Data Protection, whose key
    /// ring is in PostgreSQL (<c>thaiyyal_data_protection_keys</c>) in Postgres mode and in memory in Memory mode.
    /// Every silo of a cluster needs the same key.
    /// </summary>
    public string? Key { get; set; }
}
