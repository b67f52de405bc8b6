using System.Text.Json;

namespace Thaiyyal.Grains.Engine.Secrets;

/// <summary>
/// The secret values one node execution resolved, and the redaction that keeps them out of everything the node
/// answers: its error texts and its result (a remote server may echo what it was sent). Every occurrence of a value
/// — as sent, URL-escaped or JSON-escaped — becomes the value's <c>{{secret:NAME}}</c> reference.
/// </summary>
public sealed class ResolvedSecrets
{
    public static readonly ResolvedSecrets None = new(new Dictionary<string, string>(StringComparer.Ordinal));

    private readonly List<(string Form, string Reference)> _forms;

    public ResolvedSecrets(IReadOnlyDictionary<string, string> values)
    {
        Values = values;
        _forms = values
            .Where(v => v.Value.Length > 0)
            .SelectMany(v => FormsOf(v.Value).Select(form => (Form: form, Reference: SecretReferences.For(v.Key))))
            .DistinctBy(f => f.Form, StringComparer.Ordinal)
            .OrderByDescending(f => f.Form.Length) // a longer value that contains a shorter one is replaced whole
            .ToList();
    }

    /// <summary>Name to plaintext.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    public bool IsEmpty => Values.Count == 0;

    /// <summary>True when <paramref name="text"/> carries any resolved value in any of its forms.</summary>
    public bool AppearsIn(string? text) => text is not null && _forms.Exists(f => text.Contains(f.Form, StringComparison.Ordinal));

    public string Redact(string text)
    {
        foreach (var (form, reference) in _forms)
        {
            if (text.Contains(form, StringComparison.Ordinal))
            {
                text = text.Replace(form, reference, StringComparison.Ordinal);
            }
        }
        return text;
    }

    /// <summary>Redacts every string (and object key) of a decoded JSON value.</summary>
    public object? Redact(object? value) => _forms.Count == 0 ? value : value switch
    {
        string text => Redact(text),
        Dictionary<string, object?> map => map.ToDictionary(e => Redact(e.Key), e => Redact(e.Value), StringComparer.Ordinal),
        List<object?> list => list.Select(item => Redact(item)).ToList(),
        _ => value,
    };

    private static IEnumerable<string> FormsOf(string value)
    {
        yield return value;
        yield return Uri.EscapeDataString(value);
        yield return JsonEncodedText.Encode(value).Value;
    }
}
