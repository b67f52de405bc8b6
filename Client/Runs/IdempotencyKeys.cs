using System.Security.Cryptography;
using System.Text;
using Thaiyyal.Grains.Cluster;

namespace Thaiyyal.Client.Runs;

/// <summary>
/// A client's <c>Idempotency-Key</c> names the run it starts: the run id is derived from the key (and what it starts),
/// so a start sent again after a timeout or a 503 finds the run the first one made instead of making another.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 255;

    /// <summary>Why <paramref name="key"/> cannot be used, or null when it can.</summary>
    public static string? Problem(string key) =>
        key.Length is 0 or > MaxLength || key.Any(c => c is < ' ' or > '~')
            ? $"{Header} must be 1 to {MaxLength} printable ASCII characters."
            : null;

    /// <summary>
    /// The run id a start under <paramref name="key"/> gets (<paramref name="scope"/> keeps keys of different routes
    /// apart), or a new one when the client sent no key.
    /// </summary>
    public static string RunId(string scope, string? key, string homeRegion) =>
        key is null ? RunIds.New(homeRegion) : RunRegionIds.WithHome(homeRegion, Digest(scope, key)[..32]);

    /// <summary>A digest of a request's parts, to tell a repeat of it from another request under the same key.</summary>
    public static string Digest(params string?[] parts) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0000", parts.Select(p => p ?? "\u0001")))));
}
