namespace Thaiyyal.Grains.Abstractions.Schedules;

/// <summary>How a schedule command ended.</summary>
public enum ScheduleOutcomeStatus
{
    Ok,
    NotFound,
    Conflict,
    Invalid,
}
