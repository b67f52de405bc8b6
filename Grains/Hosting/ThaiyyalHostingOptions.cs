namespace Thaiyyal.Grains.Hosting;

/// <summary>How a silo or client is hosted (section <c>Thaiyyal</c>; the database is <c>ConnectionStrings:Thaiyyal</c>).</summary>
public sealed class ThaiyyalHostingOptions
{
    public const string SectionName = "Thaiyyal";

    /// <summary>The name of the connection string (<c>ConnectionStrings:Thaiyyal</c>) used in Postgres mode.</summary>
    public const string ConnectionStringName = "Thaiyyal";

    /// <summary>The ADO.NET invariant of Npgsql, which the Orleans providers load by reflection.</summary>
    public const string PostgresInvariant = "Npgsql";

    /// <summary>The provider set: <see cref="StorageMode.Memory"/> (embedded default, no database) or <see cref="StorageMode.Postgres"/>.</summary>
    public StorageMode Storage { get; set; } = StorageMode.Memory;

    /// <summary>An API host's role: <see cref="HostMode.Embedded"/> (own silo, default) or <see cref="HostMode.Client"/>.</summary>
    public HostMode Mode { get; set; } = HostMode.Embedded;

    /// <summary>
    /// Runs the Orleans dashboard's grains and statistics collection on this silo. Every silo of a cluster whose API
    /// host serves <c>/dashboard</c> needs it (an API host in client mode has no grains of its own to answer it).
    /// </summary>
    public bool Dashboard { get; set; } = true;

    public string ClusterId { get; set; } = "thaiyyal";

    public string ServiceId { get; set; } = "thaiyyal";

    /// <summary>Silo-to-silo port; 0 picks a free port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port; 0 picks a free port. In Memory client mode, the embedded silo's gateway to join.</summary>
    public int GatewayPort { get; set; } = 30000;

    /// <summary>
    /// The address other silos and clients reach this silo on (Postgres mode). Empty: Orleans picks this machine's
    /// address. Set it (e.g. the pod IP, or 127.0.0.1 for a one-machine cluster) where that guess is wrong.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>
    /// How long a graceful stop (SIGTERM) may take. A stopping silo first leaves the membership, then deactivates its
    /// grains: each running run waits for its nodes in flight (at most Orleans' 30 s deactivation timeout) and moves
    /// to another silo. Give the process manager's kill timeout (e.g. Kubernetes' terminationGracePeriodSeconds) more.
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(45);
}
