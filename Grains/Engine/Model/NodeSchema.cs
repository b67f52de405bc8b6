using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Model;

/// <summary>
/// What the reference checks when it decodes a node's data: the type of each known field (the Go struct) and
/// the required-field rule (the struct's <c>Validate</c>). Unknown fields are ignored, as in Go.
/// </summary>
public sealed class NodeSchema
{
    private readonly Func<NodeConfig, string?> _requiredCheck;

    /// <param name="goStructName">The Go struct name used in decode errors, e.g. <c>NumberData</c>.</param>
    /// <param name="fields">The fields with their Go types.</param>
    /// <param name="requiredCheck">Returns an error text such as <c>missing required field: value</c>, or null.</param>
    public NodeSchema(string goStructName, IReadOnlyList<ConfigField> fields, Func<NodeConfig, string?>? requiredCheck = null)
    {
        GoStructName = goStructName;
        Fields = fields;
        _requiredCheck = requiredCheck ?? (_ => null);
    }

    public string GoStructName { get; }

    public IReadOnlyList<ConfigField> Fields { get; }

    /// <summary>A schema for a node with no typed fields beyond <c>label</c>.</summary>
    public static NodeSchema Untyped(string goStructName) => new(goStructName, []);

    /// <summary>Builds a required-field rule: every named field must be present and non-null.</summary>
    public static Func<NodeConfig, string?> Requires(params string[] fields) => config =>
        fields.FirstOrDefault(f => !config.Has(f)) is { } missing ? $"missing required field: {missing}" : null;

    /// <summary>Checks field types, then the required-field rule. Returns the decode error text or null.</summary>
    public string? Validate(NodeConfig config)
    {
        foreach (var field in Fields)
        {
            if (config.TryGet(field.Name, out var value) && value is not null && TypeError(field, value) is { } error)
            {
                return error;
            }
        }
        foreach (var pair in config.Raw)
        {
            if (string.Equals(pair.Key, "label", StringComparison.OrdinalIgnoreCase) && pair.Value is not null and not string)
            {
                return UnmarshalError(pair.Value, "label", "string");
            }
        }
        return _requiredCheck(config);
    }

    private string? TypeError(ConfigField field, object value)
    {
        return field.Kind switch
        {
            FieldKind.Any => null,
            FieldKind.Number => value is double ? null : UnmarshalError(value, field.Name, "float64"),
            FieldKind.Integer => value is double d
                ? (d == Math.Floor(d) && !double.IsInfinity(d) ? null : $"json: cannot unmarshal number {GoFormat.Number(d)} into Go struct field {GoStructName}.{field.Name} of type int")
                : UnmarshalError(value, field.Name, "int"),
            FieldKind.String => value is string ? null : UnmarshalError(value, field.Name, "string"),
            FieldKind.Bool => value is bool ? null : UnmarshalError(value, field.Name, "bool"),
            FieldKind.StringArray => value is List<object?> list
                ? (list.All(x => x is null or string) ? null : UnmarshalError(list.First(x => x is not (null or string))!, field.Name, "string"))
                : UnmarshalError(value, field.Name, "[]string"),
            FieldKind.Array => value is List<object?> ? null : UnmarshalError(value, field.Name, "[]interface {}"),
            FieldKind.Object => value is Dictionary<string, object?> ? null : UnmarshalError(value, field.Name, "map[string]interface {}"),
            _ => null,
        };
    }

    private string UnmarshalError(object value, string field, string goType) =>
        $"json: cannot unmarshal {JsonKind(value)} into Go struct field {GoStructName}.{field} of type {goType}";

    private static string JsonKind(object value) => value switch
    {
        string => "string",
        double => "number",
        bool => "bool",
        List<object?> => "array",
        _ => "object",
    };
}
