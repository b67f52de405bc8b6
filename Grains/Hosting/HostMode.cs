namespace Thaiyyal.Grains.Hosting;

/// <summary>Whether an API host embeds its own silo or joins a cluster of silos as a client.</summary>
public enum HostMode
{
    /// <summary>The host runs a silo in-process (the default: one process, nothing else to start).</summary>
    Embedded,

    /// <summary>The host hosts no grains and joins the cluster as an Orleans client.</summary>
    Client,
}
