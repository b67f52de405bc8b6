namespace Thaiyyal.Grains.Runs;

/// <summary>Grain storage provider names.</summary>
public static class ThaiyyalStorage
{
    /// <summary>Runs and their nodes.</summary>
    public const string Runs = "thaiyyal-runs";

    /// <summary>The stream pub-sub subscriptions (the name Orleans' default pub-sub looks for).</summary>
    public const string PubSub = "PubSubStore";
}
