using System.Globalization;
using System.Text.RegularExpressions;
using Json.Schema;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>Translates JsonSchema.Net results into the reference's (gojsonschema) error objects.</summary>
internal static partial class SchemaErrors
{
    [GeneratedRegex("\"((?:[^\"\\\\]|\\\\.)*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    public static List<object?> From(EvaluationResults results, object? schema, object? instance)
    {
        var errors = new List<object?>();
        foreach (var detail in (results.Details ?? []).Prepend(results))
        {
            if (detail.Errors is null)
            {
                continue;
            }
            var location = Segments(detail.InstanceLocation.ToString());
            var value = Navigate(instance, location);
            var evaluationPath = Segments(detail.EvaluationPath.ToString());
            var subschema = Navigate(schema, evaluationPath);
            if (evaluationPath.Count > 0 && evaluationPath[^1] == "additionalProperties" && location.Count > 0)
            {
                // gojsonschema reports a forbidden property on its parent object, naming the property.
                var parent = location.Take(location.Count - 1).ToList();
                errors.Add(Error(FieldOf(parent), "additional_property_not_allowed", $"Additional property {location[^1]} is not allowed", value));
                continue;
            }
            var field = FieldOf(location);
            foreach (var (keyword, message) in detail.Errors)
            {
                if (keyword == "required")
                {
                    foreach (var property in Missing(subschema, value, message))
                    {
                        errors.Add(Error(field, "required", $"{property} is required", value));
                    }
                    continue;
                }
                var (type, description) = Describe(keyword, message, subschema, value, field);
                errors.Add(Error(field, type, description, value));
            }
        }
        return errors;
    }

    private static string FieldOf(List<string> location) => location.Count == 0 ? "(root)" : string.Join('.', location);

    private static Dictionary<string, object?> Error(string field, string type, string description, object? value) =>
        new(StringComparer.Ordinal) { ["field"] = field, ["type"] = type, ["description"] = description, ["value"] = value };

    private static IEnumerable<string> Missing(object? subschema, object? value, string message)
    {
        if (subschema is Dictionary<string, object?> s && s.GetValueOrDefault("required") is List<object?> required && value is Dictionary<string, object?> obj)
        {
            return required.OfType<string>().Where(name => !obj.ContainsKey(name));
        }
        return Quoted().Matches(message).Select(m => m.Groups[1].Value);
    }

    private static (string Type, string Description) Describe(string keyword, string message, object? subschema, object? value, string field)
    {
        var limit = subschema is Dictionary<string, object?> s ? s.GetValueOrDefault(keyword) : null;
        var limitText = limit is null ? "" : GoFormat.Value(limit);
        return keyword switch
        {
            "type" => ("invalid_type", $"Invalid type. Expected: {Expected(limit)}, given: {JsonType(value)}"),
            "minimum" => ("number_gte", $"Must be greater than or equal to {limitText}"),
            "maximum" => ("number_lte", $"Must be less than or equal to {limitText}"),
            "exclusiveMinimum" => ("number_gt", $"Must be greater than {limitText}"),
            "exclusiveMaximum" => ("number_lt", $"Must be less than {limitText}"),
            "multipleOf" => ("multiple_of", $"Must be a multiple of {limitText}"),
            "minLength" => ("string_gte", $"String length must be greater than or equal to {limitText}"),
            "maxLength" => ("string_lte", $"String length must be less than or equal to {limitText}"),
            "minItems" => ("array_min_items", $"Array must have at least {limitText} items"),
            "maxItems" => ("array_max_items", $"Array must have at most {limitText} items"),
            "minProperties" => ("array_min_properties", $"Must have at least {limitText} properties"),
            "maxProperties" => ("array_max_properties", $"Must have at most {limitText} properties"),
            "pattern" => ("pattern", $"Does not match pattern '{limitText}'"),
            "format" => ("format", $"Does not match format '{limitText}'"),
            "enum" => ("enum", $"{field} must be one of the following: {EnumList(limit)}"),
            "const" => ("const", $"{field} does not match: {JsonValues.Serialize(limit)}"),
            "uniqueItems" => ("unique", "array items must be unique"),
            _ => (keyword, message),
        };
    }

    private static string Expected(object? limit) => limit switch
    {
        string single => single,
        List<object?> many => "[" + string.Join(',', many.OfType<string>()) + "]",
        _ => "",
    };

    private static string EnumList(object? limit) =>
        limit is List<object?> values ? string.Join(", ", values.Select(v => JsonValues.Serialize(v))) : "";

    private static string JsonType(object? value) => value switch
    {
        null => "null",
        bool => "boolean",
        double d when d == Math.Floor(d) && !double.IsInfinity(d) => "integer",
        double => "number",
        string => "string",
        List<object?> => "array",
        _ => "object",
    };

    private static List<string> Segments(string pointer) =>
        pointer.TrimStart('#').Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToList();

    private static object? Navigate(object? value, List<string> segments)
    {
        foreach (var segment in segments)
        {
            value = value switch
            {
                Dictionary<string, object?> map => map.GetValueOrDefault(segment),
                List<object?> list when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < list.Count => list[i],
                _ => null,
            };
        }
        return value;
    }
}
