namespace Thaiyyal.Grains.Engine.Values;

/// <summary>
/// Rows produced by CSV/TSV parsing. The reference keeps these as a typed Go slice
/// (<c>[]map[string]interface{}</c>) that array nodes do not recognise as an array, although it
/// serialises as a JSON array; a distinct type reproduces that quirk.
/// </summary>
public sealed class RecordList(IReadOnlyList<Dictionary<string, object?>> rows)
{
    public IReadOnlyList<Dictionary<string, object?>> Rows { get; } = rows;

    /// <summary>The rows as an ordinary array value, for the consumers that accept them (format, map()).</summary>
    public List<object?> ToArray() => [.. Rows];
}
