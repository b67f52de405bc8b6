namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>Where run events are published live: one stream per run and one per tenant, on one stream provider.</summary>
public static class RunEventStreams
{
    /// <summary>The memory stream provider that carries run events (silos and clients register it by this name).</summary>
    public const string ProviderName = "thaiyyal-events";

    public const string RunNamespace = "run";

    public const string TenantNamespace = "tenant";

    /// <summary>The only tenant until tenancy arrives.</summary>
    public const string DefaultTenant = "default";
}
