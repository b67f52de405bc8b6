using Thaiyyal.Grains.Abstractions.Schedules;

namespace Thaiyyal.Client.Api.Schedules;

/// <summary>What "trigger now" did, and the schedule afterwards.</summary>
public sealed record ScheduleTriggerResponse(ScheduleFire Fire, ScheduleResponse Schedule);
