using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Tests.Shared;

/// <summary>Compares a run with a conformance case by the corpus's matching rules (conformance/README.md).</summary>
public static class ConformanceAssert
{
    /// <summary>Returns the list of mismatches; empty when the run conforms.</summary>
    public static IReadOnlyList<string> Compare(
        ConformanceCase testCase,
        string status,
        IReadOnlyDictionary<string, object?> nodeResults,
        object? finalOutput,
        IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        var expect = testCase.Expect;
        if (status != testCase.ExpectedStatus)
        {
            problems.Add($"status: expected {testCase.ExpectedStatus}, got {status} (errors: {string.Join("; ", errors)})");
        }
        if (expect.GetValueOrDefault("node_results") is Dictionary<string, object?> expectedResults)
        {
            foreach (var (nodeId, expected) in expectedResults)
            {
                if (!nodeResults.TryGetValue(nodeId, out var actual))
                {
                    problems.Add($"node {nodeId}: no result (expected {JsonValues.Serialize(expected)})");
                }
                else if (!Matches(expected, actual))
                {
                    problems.Add($"node {nodeId}: expected {JsonValues.Serialize(expected)}, got {JsonValues.Serialize(actual)}");
                }
            }
        }
        if (expect.TryGetValue("final_output", out var expectedFinal) && !Matches(expectedFinal, finalOutput))
        {
            problems.Add($"final_output: expected {JsonValues.Serialize(expectedFinal)}, got {JsonValues.Serialize(finalOutput)}");
        }
        foreach (var skipped in (expect.GetValueOrDefault("skipped_nodes") as List<object?> ?? []).OfType<string>())
        {
            if (nodeResults.ContainsKey(skipped))
            {
                problems.Add($"node {skipped}: expected skipped, but it executed");
            }
        }
        foreach (var executed in (expect.GetValueOrDefault("executed_nodes") as List<object?> ?? []).OfType<string>())
        {
            if (!nodeResults.ContainsKey(executed))
            {
                problems.Add($"node {executed}: expected executed, but it has no result");
            }
        }
        if (expect.GetValueOrDefault("error_contains") is string fragment
            && !errors.Any(e => e.Contains(fragment, StringComparison.OrdinalIgnoreCase)))
        {
            problems.Add($"error: expected one containing '{fragment}', got [{string.Join("; ", errors)}]");
        }
        return problems;
    }

    /// <summary>Objects match on the expected keys; arrays element by element; numbers within 1e-9.</summary>
    public static bool Matches(object? expected, object? actual)
    {
        actual = actual is RecordList records ? records.ToArray() : actual;
        return (expected, actual) switch
        {
            (null, null) => true,
            (double e, double a) => Math.Abs(e - a) < 1e-9 || e.Equals(a),
            (string e, string a) => e == a,
            (bool e, bool a) => e == a,
            (Dictionary<string, object?> e, Dictionary<string, object?> a) =>
                e.All(p => a.TryGetValue(p.Key, out var value) && Matches(p.Value, value)),
            (List<object?> e, List<object?> a) => e.Count == a.Count && e.Zip(a).All(p => Matches(p.First, p.Second)),
            _ => false,
        };
    }
}
