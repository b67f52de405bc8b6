using System.Text;
using System.Text.Json;
using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// The JSON form of a run event: <c>{runId, seq, type, timestamp, nodeId, nodeType, result, error, workflowId, status, attempt,
/// waitUntil, signal}</c>
/// (absent members omitted). The history table stores the same object without the first four, which are columns.
/// </summary>
public static class RunEventJson
{
    public static string Serialize(RunEvent e) => Write(e, withEnvelope: true);

    public static string Payload(RunEvent e) => Write(e, withEnvelope: false);

    public static RunEvent FromPayload(string runId, long seq, string type, DateTimeOffset timestamp, string payload)
    {
        using var document = JsonDocument.Parse(payload);
        var root = document.RootElement;
        return new RunEvent(runId, seq, type, timestamp)
        {
            NodeId = Text(root, "nodeId"),
            NodeType = Text(root, "nodeType"),
            ResultJson = root.TryGetProperty("result", out var result) ? result.GetRawText() : null,
            Error = Text(root, "error"),
            WorkflowId = Text(root, "workflowId"),
            RunStatus = Text(root, "status"),
            Attempt = root.TryGetProperty("attempt", out var attempt) && attempt.ValueKind == JsonValueKind.Number ? attempt.GetInt32() : null,
            WaitUntil = root.TryGetProperty("waitUntil", out var until) && until.ValueKind == JsonValueKind.String ? until.GetDateTimeOffset() : null,
            Signal = Text(root, "signal"),
        };
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Write(RunEvent e, bool withEnvelope)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (withEnvelope)
            {
                writer.WriteString("runId", e.RunId);
                writer.WriteNumber("seq", e.Seq);
                writer.WriteString("type", e.Type);
                writer.WriteString("timestamp", e.Timestamp);
            }
            WriteIfSet(writer, "nodeId", e.NodeId);
            WriteIfSet(writer, "nodeType", e.NodeType);
            if (e.ResultJson is not null)
            {
                writer.WritePropertyName("result");
                writer.WriteRawValue(e.ResultJson);
            }
            WriteIfSet(writer, "error", e.Error);
            WriteIfSet(writer, "workflowId", e.WorkflowId);
            WriteIfSet(writer, "status", e.RunStatus);
            if (e.Attempt is { } attempt)
            {
                writer.WriteNumber("attempt", attempt);
            }
            if (e.WaitUntil is { } until)
            {
                writer.WriteString("waitUntil", until);
            }
            WriteIfSet(writer, "signal", e.Signal);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
