using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Runs;

namespace Thaiyyal.Client.Api.Runs;

/// <summary>One node of a run.</summary>
public sealed record NodeResponse(
    string NodeId,
    string Type,
    string Status,
    JsonElement? Result,
    string? Error,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    int Attempts,
    string? ExecutedOn,
    DateTimeOffset? WaitUntil,
    string? WaitSignal,
    string? ExecutedInRegion)
{
    public static NodeResponse From(NodeSnapshot node) => new(
        node.NodeId, node.Type, node.Status, JsonText.ToElement(node.ResultJson), node.Error,
        node.StartedAt, node.CompletedAt, node.Attempts, node.ExecutedOn, node.WaitUntil, node.WaitSignal, node.ExecutedInRegion);
}
