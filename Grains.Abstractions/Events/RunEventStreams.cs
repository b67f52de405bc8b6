namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>Where run events are published live: one stream per run (id: the run grain key, which carries the
/// tenant) and one per tenant (id: the tenant id), on one stream provider.</summary>
public static class RunEventStreams
{
    /// <summary>The memory stream provider that carries run events (silos and clients register it by this name).</summary>
    public const string ProviderName = "thaiyyal-events";

    public const string RunNamespace = "run";

    public const string TenantNamespace = "tenant";
}
