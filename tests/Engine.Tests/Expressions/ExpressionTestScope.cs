using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Engine.Tests.Expressions;

/// <summary>Builds scopes and inputs for evaluator unit tests from JSON snippets.</summary>
internal static class ExpressionTestScope
{
    public static readonly ExpressionEvaluator Evaluator = new();

    public static ExpressionScope With(string variablesJson = "{}", string nodeResultsJson = "{}", string contextJson = "{}") => new(
        new Dictionary<string, object?>((Dictionary<string, object?>)JsonValues.Parse(variablesJson)!, StringComparer.Ordinal),
        (Dictionary<string, object?>)JsonValues.Parse(nodeResultsJson)!,
        (Dictionary<string, object?>)JsonValues.Parse(contextJson)!,
        TimeProvider.System);

    public static object? Json(string json) => JsonValues.Parse(json);

    public static string Serialize(object? value) => JsonValues.Serialize(value);
}
