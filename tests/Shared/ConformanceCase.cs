using System.Text.Json;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Tests.Shared;

/// <summary>One file of the conformance corpus: a workflow and what the reference engine produced for it.</summary>
public sealed record ConformanceCase(string Name, string WorkflowJson, Dictionary<string, object?> Expect, IReadOnlyList<string> Requires)
{
    public static string CasesDirectory => Path.Combine(AppContext.BaseDirectory, "Conformance", "cases");

    public static IEnumerable<string> AllNames() =>
        Directory.EnumerateFiles(CasesDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ConformanceCase Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(CasesDirectory, name + ".json"));
        var root = (Dictionary<string, object?>)JsonValues.Parse(text)!;
        using var document = JsonDocument.Parse(text);
        return new ConformanceCase(
            name,
            document.RootElement.GetProperty("workflow").GetRawText(),
            (Dictionary<string, object?>)root["expect"]!,
            (root.GetValueOrDefault("requires") as List<object?> ?? []).OfType<string>().ToList());
    }

    public string ExpectedStatus => (string)Expect["status"]!;
}
