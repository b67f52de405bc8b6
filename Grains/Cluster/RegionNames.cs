namespace Thaiyyal.Grains.Cluster;

/// <summary>
/// What a region name may be: 1–32 lowercase letters, digits and inner hyphens (<c>eu-west</c>, <c>us2</c>). The name
/// travels inside run ids and URLs, so it is kept to characters that need no escaping and never contain the run id's
/// separator.
/// </summary>
public static class RegionNames
{
    /// <summary>The region of a silo or host whose <c>Thaiyyal:Region</c> is not set, and the home of run ids without one.</summary>
    public const string Default = "default";

    public const int MaxLength = 32;

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && name[0] != '-'
        && name[^1] != '-'
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    /// <summary>The name itself, or an exception naming the setting it came from.</summary>
    public static string Require(string? name, string setting) =>
        IsValid(name)
            ? name!
            : throw new InvalidOperationException(
                $"{setting} '{name}' is not a region name: use 1-{MaxLength} lowercase letters, digits and inner hyphens (e.g. eu-west).");
}
