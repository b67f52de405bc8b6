using System.Text.RegularExpressions;

namespace Thaiyyal.Grains.Engine.Secrets;

/// <summary>
/// <c>{{secret:NAME}}</c>: a reference to the run's tenant's secret <c>NAME</c> (letters, digits, '_', '.', '-'; at
/// most 128) inside a text an http node sends. Workflows and client configurations keep the reference; the value is
/// put in only for the request (<see cref="ResolvedSecrets"/>).
/// </summary>
public static partial class SecretReferences
{
    /// <summary>The reference text of <paramref name="name"/>, e.g. <c>{{secret:API_TOKEN}}</c>.</summary>
    public static string For(string name) => $"{{{{secret:{name}}}}}";

    public static bool Contains(string? text) => text is not null && text.Contains("{{secret:", StringComparison.Ordinal) && Pattern().IsMatch(text);

    /// <summary>The names <paramref name="text"/> references, in order of first appearance.</summary>
    public static IEnumerable<string> NamesIn(string? text) =>
        text is null ? [] : Pattern().Matches(text).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    /// <summary>Where the first reference in <paramref name="text"/> starts, or -1.</summary>
    public static int FirstIndex(string? text) => text is null ? -1 : Pattern().Match(text) is { Success: true } match ? match.Index : -1;

    /// <summary>Replaces every reference with its value, put through <paramref name="encode"/> (e.g. URL escaping).</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> values, Func<string, string>? encode = null) =>
        Pattern().Replace(text, m => encode is null ? values[m.Groups[1].Value] : encode(values[m.Groups[1].Value]));

    [GeneratedRegex(@"\{\{secret:([A-Za-z0-9_.\-]{1,128})\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
