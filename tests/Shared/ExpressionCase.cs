using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Tests.Shared;

/// <summary>One line of <c>expressions.jsonl</c>: an expression, its environment and the reference's answer.</summary>
public sealed record ExpressionCase(int Line, string Function, string Expression, object? Input, Dictionary<string, object?>? Variables,
    Dictionary<string, object?>? NodeResults, object? Expected, bool ExpectError)
{
    public static IReadOnlyList<ExpressionCase> LoadAll()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conformance", "expressions.jsonl");
        return File.ReadAllLines(path)
            .Select((text, index) => (text, index))
            .Where(l => !string.IsNullOrWhiteSpace(l.text))
            .Select(l =>
            {
                var row = (Dictionary<string, object?>)JsonValues.Parse(l.text)!;
                return new ExpressionCase(
                    l.index + 1,
                    (string)row["fn"]!,
                    (string)row["expr"]!,
                    row.GetValueOrDefault("input"),
                    row.GetValueOrDefault("vars") as Dictionary<string, object?>,
                    row.GetValueOrDefault("node_results") as Dictionary<string, object?>,
                    row.GetValueOrDefault("expect"),
                    row.GetValueOrDefault("error") is true);
            })
            .ToList();
    }

    public override string ToString() => $"line {Line}: {Function}({Expression})";
}
