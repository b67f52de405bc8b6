using System.Text.Json;
using System.Text.RegularExpressions;

namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>The final stage of a Dockerfile: what the image it builds exposes, sets, runs and probes.</summary>
public sealed partial record Dockerfile(
    string Path,
    IReadOnlyList<int> ExposedPorts,
    IReadOnlyDictionary<string, string> Environment,
    string? User,
    string? HealthCheck,
    IReadOnlyList<string> Entrypoint,
    IReadOnlyList<string> CopiedSources)
{
    public static Dockerfile Load(string path)
    {
        // Continuation lines joined, comments dropped: one instruction per entry.
        var text = File.ReadAllText(path).Replace("\\\n", " ", StringComparison.Ordinal);
        var instructions = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => (Verb: l.Split(' ', 2)[0].ToUpperInvariant(), Arguments: l.Split(' ', 2).ElementAtOrDefault(1)?.Trim() ?? ""))
            .ToList();
        var final = instructions.Skip(instructions.FindLastIndex(i => i.Verb == "FROM")).ToList();
        return new Dockerfile(
            path,
            final.Where(i => i.Verb == "EXPOSE").SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(int.Parse).ToList(),
            final.Where(i => i.Verb == "ENV").SelectMany(i => EnvPair().Matches(i.Arguments)).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal),
            final.LastOrDefault(i => i.Verb == "USER").Arguments,
            final.LastOrDefault(i => i.Verb == "HEALTHCHECK").Arguments,
            final.LastOrDefault(i => i.Verb == "ENTRYPOINT").Arguments is { Length: > 0 } entrypoint ? JsonSerializer.Deserialize<List<string>>(entrypoint)! : [],
            instructions.Where(i => i.Verb == "COPY" && !i.Arguments.StartsWith("--from", StringComparison.Ordinal))
                .SelectMany(i => i.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipLast(1))
                .ToList());
    }

    /// <summary>The port and path the HEALTHCHECK requests on the container's loopback.</summary>
    public (int Port, string Path)? HealthCheckTarget =>
        HealthCheck is not null && LoopbackUrl().Match(HealthCheck) is { Success: true } m
            ? (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[2].Value)
            : null;

    [GeneratedRegex(@"(\w+)=(\S+)")]
    private static partial Regex EnvPair();

    [GeneratedRegex(@"http://127\.0\.0\.1:(\d+)(/\S*)")]
    private static partial Regex LoopbackUrl();
}
