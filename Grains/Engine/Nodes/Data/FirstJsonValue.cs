using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>
/// Decodes the first JSON value of a text, as Go's <c>json.Decoder.Decode</c> with <c>UseNumber</c> does (text after
/// it is ignored; a number too large for a float64 stays as its text), with Go's wording for the common errors.
/// </summary>
internal static partial class FirstJsonValue
{
    public static object? Parse(string text)
    {
        if (text.Length == 0)
        {
            throw new NodeExecutionException("invalid JSON: EOF");
        }
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 10_000 });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            return Convert(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new NodeExecutionException($"invalid JSON: {GoMessage(ex)}", ex);
        }
    }

    private static object? Convert(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble() is var d && double.IsFinite(d) ? d : element.GetRawText(),
        JsonValueKind.Array => element.EnumerateArray().Select(Convert).ToList(),
        JsonValueKind.Object => element.EnumerateObject()
            .Aggregate(new Dictionary<string, object?>(StringComparer.Ordinal), (map, p) => { map[p.Name] = Convert(p.Value); return map; }),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static string GoMessage(JsonException ex)
    {
        var message = ex.Message;
        if (InvalidStart().Match(message) is { Success: true } start)
        {
            return $"invalid character '{start.Groups[1].Value}' looking for beginning of value";
        }
        if (AfterPropertyName().Match(message) is { Success: true } afterName)
        {
            return $"invalid character '{afterName.Groups[1].Value}' after object key";
        }
        if (PropertyNameStart().Match(message) is { Success: true } nameStart)
        {
            return $"invalid character '{nameStart.Groups[1].Value}' looking for beginning of object key string";
        }
        if (message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            || message.Contains("depth to be zero", StringComparison.OrdinalIgnoreCase)
            || message.Contains("incomplete", StringComparison.OrdinalIgnoreCase))
        {
            return "unexpected EOF";
        }
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message;
    }

    [GeneratedRegex(@"^'(.)' is an invalid start of a value")]
    private static partial Regex InvalidStart();

    [GeneratedRegex(@"^'(.)' is invalid after a property name")]
    private static partial Regex AfterPropertyName();

    [GeneratedRegex(@"^'(.)' is an invalid start of a property name")]
    private static partial Regex PropertyNameStart();
}
