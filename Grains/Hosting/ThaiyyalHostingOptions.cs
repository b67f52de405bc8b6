namespace Thaiyyal.Grains.Hosting;

/// <summary>How a silo is hosted (section <c>Thaiyyal</c>).</summary>
public sealed class ThaiyyalHostingOptions
{
    public const string SectionName = "Thaiyyal";

    /// <summary>The provider set: <see cref="StorageMode.Memory"/> (embedded default, no database).</summary>
    public StorageMode Storage { get; set; } = StorageMode.Memory;

    public string ClusterId { get; set; } = "thaiyyal";

    public string ServiceId { get; set; } = "thaiyyal";

    /// <summary>Silo-to-silo port for localhost clustering; 0 picks a free port.</summary>
    public int SiloPort { get; set; } = 11111;

    /// <summary>Client gateway port for localhost clustering; 0 picks a free port.</summary>
    public int GatewayPort { get; set; } = 30000;
}
