using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Thaiyyal.Grains.Engine.Values;

/// <summary>
/// Converts between JSON and the engine's value model, which mirrors Go's <c>interface{}</c> values:
/// <c>null</c>, <see cref="bool"/>, <see cref="double"/>, <see cref="string"/>, <see cref="List{T}"/> of values
/// (arrays), <see cref="Dictionary{TKey,TValue}"/> with ordinal keys (objects), plus <see cref="RecordList"/>
/// and <see cref="DateTimeOffset"/> produced by some nodes.
/// </summary>
public static class JsonValues
{
    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.Default, SkipValidation = true };
    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = JavaScriptEncoder.Default, Indented = true, SkipValidation = true };

    /// <summary>Parses JSON text into a value. Throws <see cref="JsonException"/> on malformed input.</summary>
    public static object? Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return FromElement(document.RootElement);
    }

    public static object? FromElement(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Array => element.EnumerateArray().Select(FromElement).ToList(),
        JsonValueKind.Object => ObjectFromElement(element),
        _ => throw new JsonException($"Unsupported JSON value kind {element.ValueKind}."),
    };

    private static Dictionary<string, object?> ObjectFromElement(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = FromElement(property.Value); // duplicate keys: last wins, as in Go
        }
        return result;
    }

    /// <summary>Serialises a value the way the reference's Go encoder does: keys sorted, integral numbers without decimals.</summary>
    public static string Serialize(object? value, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter))
        {
            Write(writer, value);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case double d:
                WriteNumber(writer, d);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case DateTimeOffset t:
                writer.WriteStringValue(t.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
                break;
            case RecordList records:
                writer.WriteStartArray();
                foreach (var row in records.Rows)
                {
                    Write(writer, row);
                }
                writer.WriteEndArray();
                break;
            case IDictionary<string, object?> map:
                writer.WriteStartObject();
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    writer.WritePropertyName(key);
                    Write(writer, map[key]);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<object?> list:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    Write(writer, item);
                }
                writer.WriteEndArray();
                break;
            case JsonElement element:
                element.WriteTo(writer);
                break;
            default:
                throw new InvalidOperationException($"Value of type {value.GetType()} has no JSON form.");
        }
    }

    private static void WriteNumber(Utf8JsonWriter writer, double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            // Go's encoder refuses these; a string keeps the document valid and the value visible.
            writer.WriteStringValue(d.ToString(CultureInfo.InvariantCulture));
        }
        else if (d == Math.Floor(d) && Math.Abs(d) < 1e15)
        {
            writer.WriteNumberValue((long)d);
        }
        else
        {
            writer.WriteNumberValue(d);
        }
    }

    /// <summary>Structural deep copy, so that no two nodes ever share a mutable list or map.</summary>
    public static object? DeepClone(object? value) => value switch
    {
        List<object?> list => list.Select(DeepClone).ToList(),
        Dictionary<string, object?> map => map.ToDictionary(p => p.Key, p => DeepClone(p.Value), StringComparer.Ordinal),
        _ => value,
    };
}
