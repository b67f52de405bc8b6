using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Model;

/// <summary>
/// A node's <c>data</c> object. Field lookup follows Go's <c>encoding/json</c>: an exact key wins, otherwise the
/// first key equal ignoring case. Types were checked when the workflow was decoded (see <see cref="NodeSchema"/>),
/// so the typed accessors here return the default for a missing or null field.
/// </summary>
public sealed class NodeConfig
{
    public static readonly NodeConfig Empty = new(new Dictionary<string, object?>(StringComparer.Ordinal));

    public NodeConfig(IReadOnlyDictionary<string, object?> raw) => Raw = raw;

    /// <summary>The data object exactly as sent.</summary>
    public IReadOnlyDictionary<string, object?> Raw { get; }

    /// <summary>Exact-case presence test on the raw object, as type inference does (a null value counts).</summary>
    public bool HasExactKey(string key) => Raw.ContainsKey(key);

    /// <summary>The value of <paramref name="field"/>, or null when absent.</summary>
    public object? Get(string field) => TryGet(field, out var value) ? value : null;

    /// <summary>True when the field is present with a non-null value.</summary>
    public bool Has(string field) => TryGet(field, out var value) && value is not null;

    public bool TryGet(string field, out object? value)
    {
        if (Raw.TryGetValue(field, out value))
        {
            return true;
        }
        foreach (var pair in Raw)
        {
            if (string.Equals(pair.Key, field, StringComparison.OrdinalIgnoreCase))
            {
                value = pair.Value;
                return true;
            }
        }
        value = null;
        return false;
    }

    public string? GetString(string field) => Get(field) as string;

    public string GetString(string field, string defaultValue) => Get(field) as string ?? defaultValue;

    public double? GetNumber(string field) => Get(field) is double d ? d : null;

    public int? GetInt(string field) => Get(field) is double d ? (int)d : null;

    public bool? GetBool(string field) => Get(field) is bool b ? b : null;

    public bool GetBool(string field, bool defaultValue) => Get(field) is bool b ? b : defaultValue;

    public IReadOnlyList<object?>? GetArray(string field) => Get(field) as List<object?>;

    public IReadOnlyList<string>? GetStringArray(string field) =>
        Get(field) is List<object?> list ? list.OfType<string>().ToList() : null;

    public override string ToString() => JsonValues.Serialize(Raw);
}
