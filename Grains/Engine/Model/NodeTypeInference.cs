namespace Thaiyyal.Grains.Engine.Model;

/// <summary>
/// Infers a node's type from the keys of its data when the payload omits <c>type</c>. The rules and their
/// order are the reference's (first match wins); key tests are exact-case, as a Go map lookup is.
/// </summary>
public static class NodeTypeInference
{
    private static readonly (Func<IReadOnlyDictionary<string, object?>, bool> Matches, string Type)[] Rules =
    [
        (d => d.ContainsKey("value"), NodeTypes.Number),
        (d => d.ContainsKey("text"), NodeTypes.TextInput),
        (d => d.ContainsKey("boolean_value"), NodeTypes.BooleanInput),
        (d => d.ContainsKey("date_value"), NodeTypes.DateInput),
        (d => d.ContainsKey("datetime_value"), NodeTypes.DateTimeInput),
        (d => d.ContainsKey("mode"), NodeTypes.Visualization),
        (d => d.ContainsKey("op"), NodeTypes.Operation),
        (d => d.ContainsKey("text_op"), NodeTypes.TextOperation),
        (d => d.ContainsKey("url"), NodeTypes.Http),
        (d => d.ContainsKey("condition") && d.ContainsKey("true_path"), NodeTypes.Condition),
        (d => d.ContainsKey("condition"), NodeTypes.Filter),
        (d => d.ContainsKey("expression") && d.ContainsKey("initial_value"), NodeTypes.Reduce),
        (d => d.TryGetValue("expression", out var e) && e is string { Length: > 0 }, NodeTypes.Expression),
        (d => d.ContainsKey("var_name") && d.ContainsKey("var_op"), NodeTypes.Variable),
        (d => d.ContainsKey("field") || d.ContainsKey("fields"), NodeTypes.Extract),
        (d => d.ContainsKey("transform_type"), NodeTypes.Transform),
        (d => d.ContainsKey("accum_op"), NodeTypes.Accumulator),
        (d => d.ContainsKey("counter_op"), NodeTypes.Counter),
        (d => d.ContainsKey("cases"), NodeTypes.Switch),
        (d => d.ContainsKey("join_strategy"), NodeTypes.Join),
        (d => d.ContainsKey("paths"), NodeTypes.Split),
        (d => d.ContainsKey("duration"), NodeTypes.Delay),
        (d => d.ContainsKey("cache_op") && d.ContainsKey("cache_key"), NodeTypes.Cache),
        (d => d.ContainsKey("context_name") || d.ContainsKey("context_values"), NodeTypes.ContextVariable),
        (d => d.ContainsKey("max_attempts") || d.ContainsKey("backoff_strategy"), NodeTypes.Retry),
        (d => d.ContainsKey("fallback_value") || d.ContainsKey("continue_on_error"), NodeTypes.TryCatch),
        (d => d.ContainsKey("timeout") && d.ContainsKey("timeout_action"), NodeTypes.Timeout),
    ];

    /// <summary>The inferred type, or the empty string when no rule matches.</summary>
    public static string Infer(IReadOnlyDictionary<string, object?> data) =>
        Rules.FirstOrDefault(rule => rule.Matches(data)).Type ?? "";
}
