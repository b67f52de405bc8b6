using System.Globalization;
using System.Text;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary><c>format</c>: renders the input as JSON text, or an array of objects as CSV/TSV text.</summary>
public sealed class FormatNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.Format;

    public NodeSchema Schema { get; } = new(
        "FormatData",
        [new("output_type", FieldKind.String), new("pretty_print", FieldKind.Bool), new("include_headers", FieldKind.Bool), new("delimiter", FieldKind.String)],
        NodeSchema.Requires("output_type"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("format node requires input");
        }
        var config = context.Config;
        var outputType = (config.GetString("output_type") ?? "JSON").ToUpperInvariant();
        var includeHeaders = config.GetBool("include_headers", true);
        try
        {
            return NodeOutcome.SuccessTask(outputType switch
            {
                "JSON" => FormatJson(context.Input, config.GetBool("pretty_print", false)),
                "CSV" => FormatDelimited(context.Input, Delimiter(config.GetString("delimiter")), includeHeaders),
                "TSV" => FormatDelimited(context.Input, '\t', includeHeaders),
                _ => throw new NodeExecutionException($"unsupported output type: {outputType} (supported: JSON, CSV, TSV)"),
            });
        }
        catch (NodeExecutionException ex)
        {
            return NodeOutcome.FailureTask(ex.Message);
        }
    }

    // Go takes the first byte of the string as the delimiter rune.
    private static char Delimiter(string? configured) =>
        string.IsNullOrEmpty(configured) ? ',' : (char)Encoding.UTF8.GetBytes(configured)[0];

    private static string FormatJson(object? input, bool pretty)
    {
        try
        {
            return GoJsonEncoder.Encode(input, pretty);
        }
        catch (NodeExecutionException ex)
        {
            throw new NodeExecutionException($"failed to format as JSON: {ex.Message}", ex);
        }
    }

    private static string FormatDelimited(object? input, char delimiter, bool includeHeaders)
    {
        var records = Records(input);
        if (records.Count == 0)
        {
            return "";
        }
        if (delimiter is '\0' or '"' or '\r' or '\n' or '\uFFFD' || char.IsSurrogate(delimiter))
        {
            throw new NodeExecutionException($"failed to write CSV {(includeHeaders ? "headers" : "row")}: csv: invalid field or comment delimiter");
        }
        var headers = records.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var builder = new StringBuilder();
        if (includeHeaders)
        {
            WriteRow(builder, headers, delimiter);
        }
        foreach (var record in records)
        {
            WriteRow(builder, headers.Select(h => record.TryGetValue(h, out var v) && v is not null ? Cell(v) : ""), delimiter);
        }
        return builder.ToString();
    }

    private static List<IReadOnlyDictionary<string, object?>> Records(object? input)
    {
        switch (input)
        {
            case RecordList records:
                return [.. records.Rows];
            case Dictionary<string, object?> single:
                return [single];
            case List<object?> list:
                var result = new List<IReadOnlyDictionary<string, object?>>(list.Count);
                foreach (var item in list)
                {
                    result.Add(item as Dictionary<string, object?>
                        ?? throw new NodeExecutionException($"CSV formatting requires array of objects, got array element of type {GoFormat.TypeName(item)}"));
                }
                return result;
            default:
                throw new NodeExecutionException($"CSV formatting requires array of objects or single object, got {GoFormat.TypeName(input)}");
        }
    }

    private static string Cell(object value) => value switch
    {
        string s => s,
        double d when d >= -9.2233720368547758e18 && d < 9.2233720368547758e18 && d == System.Math.Truncate(d) =>
            ((long)d).ToString(CultureInfo.InvariantCulture),
        double d => GoFormat.Number(d),
        bool b => b ? "true" : "false",
        _ => JsonOrGoText(value),
    };

    private static string JsonOrGoText(object value)
    {
        try
        {
            return GoJsonEncoder.Encode(value, indented: false);
        }
        catch (NodeExecutionException)
        {
            return GoFormat.Value(value);
        }
    }

    private static void WriteRow(StringBuilder builder, IEnumerable<string> fields, char delimiter)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                builder.Append(delimiter);
            }
            first = false;
            if (NeedsQuotes(field, delimiter))
            {
                builder.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(field);
            }
        }
        builder.Append('\n');
    }

    // RFC 4180 quoting as Go's csv.Writer decides it, including its rules for a leading space and the field `\.`.
    private static bool NeedsQuotes(string field, char delimiter) =>
        field.Length > 0
        && (field == "\\."
            || field.IndexOfAny([delimiter, '"', '\r', '\n']) >= 0
            || char.IsWhiteSpace(field[0]));
}
