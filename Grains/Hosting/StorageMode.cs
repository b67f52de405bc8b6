namespace Thaiyyal.Grains.Hosting;

/// <summary>The provider set a silo uses for clustering, grain state and reminders.</summary>
public enum StorageMode
{
    /// <summary>Localhost clustering, in-memory grain state and reminders: one process, nothing to install.</summary>
    Memory,
}
