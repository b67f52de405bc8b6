using Thaiyyal.Grains.Abstractions.Schedules;

namespace Thaiyyal.Grains.Schedules;

/// <summary>What a wake does: fires to run (in order) and history entries for fires it will not run.</summary>
public sealed record FirePlan(IReadOnlyList<PlannedFire> Fires, IReadOnlyList<ScheduleFire> Skipped)
{
    public static FirePlan Empty { get; } = new([], []);
}
