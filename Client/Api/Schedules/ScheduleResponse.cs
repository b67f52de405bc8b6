using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Schedules;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Client.Api.Schedules;

/// <summary>A schedule: its definition, status and next fire.</summary>
public sealed record ScheduleResponse(
    string Id,
    string WorkflowId,
    string VersionPolicy,
    int? Version,
    JsonElement? Inputs,
    string Cron,
    string TimeZone,
    DateTimeOffset? StartAt,
    DateTimeOffset? EndAt,
    string Overlap,
    string CatchUp,
    string CatchUpWindow,
    int CatchUpLimit,
    string Status,
    DateTimeOffset? NextFireAt,
    DateTimeOffset? LastFireAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<string> ActiveRunIds,
    DateTimeOffset? BufferedFireAt,
    string Region)
{
    public static ScheduleResponse From(ScheduleSnapshot s)
    {
        var d = s.Definition;
        return new(
            s.Id, d.WorkflowId, d.VersionPolicy, d.Version, JsonText.ToElement(d.InputsJson), d.Cron, d.TimeZone, d.StartAt, d.EndAt,
            d.Overlap, d.CatchUp, GoDuration.Format(d.CatchUpWindow), d.CatchUpLimit, s.Status, s.NextFireAt, s.LastFireAt,
            s.CreatedAt, s.UpdatedAt, s.ActiveRunIds, s.BufferedFireAt, d.Region ?? RegionNames.Default);
    }
}
