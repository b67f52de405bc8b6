using System.Text.RegularExpressions;

namespace Thaiyyal.Grains.Abstractions.Secrets;

/// <summary>Secret names: 1 to 128 letters, digits, '_', '.' and '-' (what <c>{{secret:NAME}}</c> references).</summary>
public static partial class SecretNames
{
    public const int MaxLength = 128;

    public static bool IsValid(string? name) => name is not null && Pattern().IsMatch(name);

    /// <summary>Why <paramref name="name"/> is not a secret name, or null when it is.</summary>
    public static string? Problem(string? name) =>
        IsValid(name) ? null : $"a secret name is 1 to {MaxLength} letters, digits, '_', '.' and '-'";

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,128}\\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
