namespace Thaiyyal.Grains.Hosting;

/// <summary>The provider set a silo uses for clustering, grain state and reminders.</summary>
public enum StorageMode
{
    /// <summary>Localhost clustering, in-memory grain state and reminders: one process, nothing to install.</summary>
    Memory,

    /// <summary>
    /// The Orleans ADO.NET providers on PostgreSQL (<c>ConnectionStrings:Thaiyyal</c>) for clustering, grain state
    /// (runs and the stream PubSubStore) and reminders: silos on many machines share one durable database.
    /// </summary>
    Postgres,
}
