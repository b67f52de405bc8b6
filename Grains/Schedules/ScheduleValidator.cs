using System.Text.Json;
using Cronos;
using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Cluster;

namespace Thaiyyal.Grains.Schedules;

/// <summary>Checks a schedule definition, naming each bad field as the API spells it.</summary>
public static class ScheduleValidator
{
    public static readonly TimeSpan MaxCatchUpWindow = TimeSpan.FromDays(7);

    public const int MaxCatchUpLimit = 100;

    public static IReadOnlyList<ScheduleProblem> Validate(ScheduleDefinition definition)
    {
        var problems = new List<ScheduleProblem>();
        if (string.IsNullOrWhiteSpace(definition.WorkflowId))
        {
            problems.Add(new("workflowId", "workflowId is required."));
        }
        if (!SchedulePolicies.VersionPolicies.Contains(definition.VersionPolicy))
        {
            problems.Add(new("versionPolicy", $"versionPolicy must be one of: {string.Join(", ", SchedulePolicies.VersionPolicies)}."));
        }
        else if (definition.VersionPolicy == SchedulePolicies.Pinned && definition.Version is not > 0)
        {
            problems.Add(new("version", "version (a positive number) is required with versionPolicy 'pinned'."));
        }
        else if (definition.VersionPolicy == SchedulePolicies.Latest && definition.Version is not null)
        {
            problems.Add(new("version", "version must not be set with versionPolicy 'latest'."));
        }
        CheckCron(definition.Cron, problems);
        CheckZone(definition.TimeZone, problems);
        CheckInputs(definition.InputsJson, problems);
        if (definition.Region is { } region && !RegionNames.IsValid(region))
        {
            problems.Add(new("region", $"region must be 1 to {RegionNames.MaxLength} lowercase letters, digits or inner '-'."));
        }
        if (definition.StartAt is { } start && definition.EndAt is { } end && end <= start)
        {
            problems.Add(new("endAt", "endAt must be after startAt."));
        }
        if (!SchedulePolicies.OverlapPolicies.Contains(definition.Overlap))
        {
            problems.Add(new("overlap", $"overlap must be one of: {string.Join(", ", SchedulePolicies.OverlapPolicies)}."));
        }
        if (!SchedulePolicies.CatchUpPolicies.Contains(definition.CatchUp))
        {
            problems.Add(new("catchUp", $"catchUp must be one of: {string.Join(", ", SchedulePolicies.CatchUpPolicies)}."));
        }
        if (definition.CatchUpWindow < TimeSpan.Zero || definition.CatchUpWindow > MaxCatchUpWindow)
        {
            problems.Add(new("catchUpWindow", "catchUpWindow must be between 0s and 168h."));
        }
        if (definition.CatchUpLimit is < 1 or > MaxCatchUpLimit)
        {
            problems.Add(new("catchUpLimit", $"catchUpLimit must be between 1 and {MaxCatchUpLimit}."));
        }
        return problems;
    }

    private static void CheckCron(string cron, List<ScheduleProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(cron))
        {
            problems.Add(new("cron", "cron is required."));
            return;
        }
        try
        {
            CronSchedule.ParseExpression(cron);
        }
        catch (CronFormatException ex)
        {
            problems.Add(new("cron", $"'{cron}' is not a valid cron expression: {ex.Message}"));
        }
    }

    private static void CheckZone(string zone, List<ScheduleProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(zone))
        {
            problems.Add(new("timeZone", "timeZone is required (an IANA zone such as Europe/London, or UTC)."));
            return;
        }
        try
        {
            TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            problems.Add(new("timeZone", $"'{zone}' is not a known IANA time zone."));
        }
    }

    private static void CheckInputs(string? inputsJson, List<ScheduleProblem> problems)
    {
        if (inputsJson is null)
        {
            return;
        }
        try
        {
            using var document = JsonDocument.Parse(inputsJson);
            if (document.RootElement.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                problems.Add(new("inputs", "inputs must be a JSON object of name → value."));
            }
        }
        catch (JsonException ex)
        {
            problems.Add(new("inputs", $"inputs are not valid JSON: {ex.Message}"));
        }
    }
}
