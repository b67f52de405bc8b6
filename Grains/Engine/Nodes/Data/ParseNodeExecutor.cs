using System.Text.Json;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary><c>parse</c>: turns text into structured data (JSON, CSV, TSV, flat YAML, simple XML), detecting the format for AUTO.</summary>
public sealed class ParseNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Parse;

    public NodeSchema Schema { get; } = new("ParseData", [new("input_type", FieldKind.String)]);

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("parse node requires input");
        }
        var text = AsText(context.Input);
        var inputType = (context.Config.GetString("input_type") ?? "AUTO").ToUpperInvariant();
        if (inputType == "AUTO")
        {
            inputType = DetectFormat(text);
        }
        try
        {
            return NodeOutcome.SuccessTask(inputType switch
            {
                "JSON" => ParseJson(text),
                "CSV" => ParseDelimited(text, ','),
                "TSV" => ParseDelimited(text, '\t'),
                "YAML" => ParseYaml(text),
                "XML" => SimpleXml.Parse(text),
                _ => throw new NodeExecutionException($"unsupported input type: {inputType} (supported: AUTO, JSON, CSV, TSV, YAML, XML)"),
            });
        }
        catch (NodeExecutionException ex)
        {
            return NodeOutcome.FailureTask(ex.Message);
        }
    }

    private static string AsText(object? input) => input switch
    {
        null => "",
        string s => s,
        double or bool => GoFormat.Value(input),
        _ => GoJsonEncoder.Encode(input, indented: false),
    };

    internal static string DetectFormat(string input)
    {
        var trimmed = input.Trim();
        if (trimmed.Length == 0)
        {
            return "JSON";
        }
        if (((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')) && IsValidJson(trimmed))
        {
            return "JSON";
        }
        if (trimmed[0] == '<' && trimmed[^1] == '>')
        {
            return "XML";
        }
        var lines = trimmed.Split('\n');
        if ((trimmed.Contains(":\n", StringComparison.Ordinal) || trimmed.Contains(": ", StringComparison.Ordinal))
            && lines.Length > 1
            && lines.Count(l => l.Trim().Contains(": ", StringComparison.Ordinal)) >= 2)
        {
            return "YAML";
        }
        if (lines.Length > 1)
        {
            var commas = lines[0].Count(c => c == ',');
            var tabs = lines[0].Count(c => c == '\t');
            if (tabs > commas && tabs > 0)
            {
                return "TSV";
            }
            if (commas > 0)
            {
                return "CSV";
            }
        }
        return "JSON";
    }

    private static bool IsValidJson(string text)
    {
        try
        {
            JsonValues.Parse(text);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static object? ParseJson(string input)
    {
        var trimmed = input.Trim();
        switch (trimmed)
        {
            case "true":
                return true;
            case "false":
                return false;
            case "null":
                return null;
        }
        if (ParsedValue.TryParseGoFloat(trimmed, out var number))
        {
            return number;
        }
        return FirstJsonValue.Parse(trimmed);
    }

    private static RecordList ParseDelimited(string input, char delimiter)
    {
        List<List<string>> records;
        try
        {
            records = new GoCsvReader(input, delimiter).ReadAll();
        }
        catch (FormatException ex)
        {
            throw new NodeExecutionException($"invalid CSV/TSV: {ex.Message}", ex);
        }
        if (records.Count == 0)
        {
            return new RecordList([]);
        }
        var headers = records[0];
        var rows = new List<Dictionary<string, object?>>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var j = 0; j < headers.Count; j++)
            {
                row[headers[j]] = j < record.Count ? ParsedValue.Typed(record[j]) : null;
            }
            rows.Add(row);
        }
        return new RecordList(rows);
    }

    private static Dictionary<string, object?> ParseYaml(string input)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var rawLine in input.Trim().Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                result[line[..colon].Trim()] = ParsedValue.Typed(line[(colon + 1)..]);
            }
        }
        return result.Count == 0 ? throw new NodeExecutionException("no valid YAML key-value pairs found") : result;
    }
}
