namespace Thaiyyal.Grains.Schedules;

/// <summary>
/// The keyed <see cref="TimeProvider"/> schedules read the time from (by default the host's clock). Tests register a
/// fake one under this key without faking the clock Orleans itself runs on.
/// </summary>
public static class ScheduleClock
{
    public const string Key = "thaiyyal-schedules";
}
