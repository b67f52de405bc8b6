using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Features;

namespace Thaiyyal.Client.Api.Workflows;

/// <summary>
/// Reads fields of a JSON request object, collecting one message per bad field, so the API answers 400 with a
/// problem that names every field (RFC 7807 <c>errors</c>: field → messages).
/// </summary>
internal sealed partial class RequestFields(JsonElement root)
{
    [GeneratedRegex("^[A-Za-z0-9._-]{1,128}$")]
    private static partial Regex IdPattern();

    /// <summary>The optional client-chosen <c>id</c> of a new resource (workflow, schedule); a bad one is a field error.</summary>
    public string? OptionalId()
    {
        var id = String("id");
        if (id is not null && !IdPattern().IsMatch(id))
        {
            Add("id", "id must be 1 to 128 characters: letters, digits, '.', '_' or '-'.");
        }
        return id;
    }

    /// <summary>The optional <c>region</c> a new run should call home; a bad region name is a field error.</summary>
    public string? OptionalRegion()
    {
        var region = String("region");
        if (region is not null && !Thaiyyal.Grains.Cluster.RegionNames.IsValid(region))
        {
            Add("region", $"region must be 1 to {Thaiyyal.Grains.Cluster.RegionNames.MaxLength} lowercase letters, digits or inner '-'.");
        }
        return region;
    }

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    /// <summary>A request body that may be absent; null document when there is none.</summary>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadOptionalAsync(
        HttpRequest request, JsonRequestBody body, CancellationToken cancellationToken)
    {
        var canHaveBody = request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!canHaveBody || request.ContentLength == 0)
        {
            return (null, null);
        }
        return await body.ReadAsync(request, cancellationToken);
    }

    /// <summary>
    /// A required JSON object body: the document, or the problem to answer (413, malformed JSON, or 400 naming
    /// <paramref name="field"/> when the body is not an object).
    /// </summary>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadObjectAsync(
        HttpRequest request, JsonRequestBody body, CancellationToken cancellationToken, string field = "body", string message = "The body must be a JSON object.")
    {
        var (document, problem) = await body.ReadAsync(request, cancellationToken);
        if (document is null)
        {
            return (null, problem);
        }
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return (null, Single(field, message));
        }
        return (document, null);
    }

    public void Add(string field, string message) => _errors[field] = [.. _errors.GetValueOrDefault(field) ?? [], message];

    public IResult Problem(string title = "Invalid request") =>
        TypedResults.ValidationProblem(_errors, detail: string.Join(" ", _errors.SelectMany(e => e.Value)), title: title);

    public static IResult Single(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, title: "Invalid request");

    public string? String(string field, bool required = false)
    {
        if (!TryGet(field, out var value))
        {
            if (required)
            {
                Add(field, $"{field} is required.");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.String)
        {
            Add(field, $"{field} must be a string.");
            return null;
        }
        var text = value.GetString();
        if (required && string.IsNullOrWhiteSpace(text))
        {
            Add(field, $"{field} must not be empty.");
        }
        return text;
    }

    public int? Int(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }
        Add(field, $"{field} must be an integer.");
        return null;
    }

    public bool? Bool(string field)
    {
        if (!TryGet(field, out var value))
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Add(field, $"{field} must be true or false.");
        return null;
    }

    /// <summary>A JSON object field as raw text.</summary>
    public string? Object(string field, bool required = false)
    {
        if (!TryGet(field, out var value))
        {
            if (required)
            {
                Add(field, $"{field} is required (a JSON object).");
            }
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            Add(field, $"{field} must be a JSON object.");
            return null;
        }
        return value.GetRawText();
    }

    public DateTimeOffset? Instant(string field)
    {
        var text = String(field);
        if (text is null)
        {
            return null;
        }
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.ToUniversalTime();
        }
        Add(field, $"{field} must be an ISO 8601 date and time, e.g. 2026-01-01T00:00:00Z.");
        return null;
    }

    /// <summary>Whether the field is present and not null.</summary>
    public bool Has(string field) => TryGet(field, out _);

    private bool TryGet(string field, out JsonElement value) =>
        root.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null;
}
