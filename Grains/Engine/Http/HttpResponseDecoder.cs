using System.Text;
using System.Text.Json;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>
/// Turns a response into the node's output (NODES.md §C): JSON when the media type is <c>application/json</c> or
/// <c>application/*+json</c>; when there is no <c>Content-Type</c> and the body looks like JSON, JSON if it parses,
/// else text; otherwise the body as a string.
/// </summary>
public static class HttpResponseDecoder
{
    public static object? Decode(string? contentType, byte[] body)
    {
        var declaredJson = IsJsonMediaType(contentType);
        if (declaredJson || (string.IsNullOrEmpty(contentType) && LooksLikeJson(body)))
        {
            if (TryParseFirstValue(body, out var value, out var error))
            {
                return value;
            }
            if (declaredJson)
            {
                throw new NodeExecutionException($"failed to parse JSON response: {error}");
            }
        }
        return Encoding.UTF8.GetString(body);
    }

    public static bool IsJsonMediaType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return false;
        }
        var mediaType = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return mediaType == "application/json" || (mediaType.StartsWith("application/", StringComparison.Ordinal) && mediaType.EndsWith("+json", StringComparison.Ordinal));
    }

    private static bool LooksLikeJson(byte[] body)
    {
        var trimmed = body.AsSpan().TrimStart(" \t\r\n"u8);
        return trimmed.Length > 0 && trimmed[0] is (byte)'{' or (byte)'[';
    }

    private static bool TryParseFirstValue(byte[] body, out object? value, out string error)
    {
        // Like Go's json.Decoder.Decode: the first value counts, anything after it is not read.
        if (body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            value = null;
            error = "EOF";
            return false;
        }
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { AllowMultipleValues = true, MaxDepth = 256 });
            using var document = JsonDocument.ParseValue(ref reader);
            value = JsonValues.FromElement(document.RootElement);
            error = string.Empty;
            return true;
        }
        catch (JsonException ex)
        {
            value = null;
            error = ex.Message;
            return false;
        }
    }
}
