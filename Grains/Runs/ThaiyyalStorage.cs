namespace Thaiyyal.Grains.Runs;

/// <summary>Grain storage provider names.</summary>
public static class ThaiyyalStorage
{
    /// <summary>Runs and their nodes.</summary>
    public const string Runs = "thaiyyal-runs";
}
