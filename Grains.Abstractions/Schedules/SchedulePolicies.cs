namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>The names of version, overlap and catch-up policies, as the API spells them.</summary>
public static class SchedulePolicies
{
    public const string Pinned = "pinned";
    public const string Latest = "latest";

    public const string Skip = "skip";
    public const string BufferOne = "buffer_one";
    public const string AllowAll = "allow_all";
    public const string CancelPrevious = "cancel_previous";

    public const string FireOnce = "fire_once";
    public const string FireEach = "fire_each";

    public static IReadOnlyList<string> VersionPolicies { get; } = [Pinned, Latest];

    public static IReadOnlyList<string> OverlapPolicies { get; } = [Skip, BufferOne, AllowAll, CancelPrevious];

    public static IReadOnlyList<string> CatchUpPolicies { get; } = [FireOnce, FireEach, Skip];
}
