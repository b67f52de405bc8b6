using System.Text;
using System.Text.Json;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>
/// Decodes the first JSON value of a text, as Go's <c>json.Decoder.Decode</c> does (text after it is ignored),
/// with Go's wording for the common errors.
/// </summary>
internal static class FirstJsonValue
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
            return JsonValues.FromElement(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new NodeExecutionException($"invalid JSON: {GoMessage(text, ex)}", ex);
        }
    }

    private static string GoMessage(string text, JsonException ex)
    {
        var first = text[0];
        if (first is not ('{' or '[' or '"' or '-' or 't' or 'f' or 'n') && !char.IsAsciiDigit(first))
        {
            return $"invalid character '{first}' looking for beginning of value";
        }
        var position = ex.BytePositionInLine is { } p ? (int)p : -1;
        var bytes = Encoding.UTF8.GetBytes(text);
        return position >= bytes.Length || ex.Message.Contains("end of data", StringComparison.OrdinalIgnoreCase)
            ? "unexpected EOF"
            : ex.Message;
    }
}
