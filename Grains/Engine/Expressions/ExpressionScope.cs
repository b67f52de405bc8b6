namespace Thaiyyal.Grains.Engine.Expressions;

/// <summary>
/// What an expression can reference (EXPRESSIONS.md §1): <c>variables.*</c> (and the injected <c>input</c>, <c>item</c>,
/// <c>index</c>, <c>items</c>, <c>accumulator</c>), <c>node.*</c> results and <c>context.*</c> values.
/// </summary>
public sealed class ExpressionScope(
    Dictionary<string, object?> variables,
    IReadOnlyDictionary<string, object?> nodeResults,
    IReadOnlyDictionary<string, object?> context,
    TimeProvider clock)
{
    public static ExpressionScope Empty(TimeProvider? clock = null) =>
        new(new Dictionary<string, object?>(StringComparer.Ordinal), new Dictionary<string, object?>(), new Dictionary<string, object?>(), clock ?? TimeProvider.System);

    /// <summary>Workflow variables plus injected names; the evaluator may add <c>input</c>/<c>item</c> here.</summary>
    public Dictionary<string, object?> Variables { get; } = variables;

    public IReadOnlyDictionary<string, object?> NodeResults { get; } = nodeResults;

    public IReadOnlyDictionary<string, object?> Context { get; } = context;

    public TimeProvider Clock { get; } = clock;

    /// <summary>A copy whose variables also hold <paramref name="extra"/> (overriding same names), e.g. item/index in a filter.</summary>
    public ExpressionScope With(params (string Name, object? Value)[] extra)
    {
        var variables = new Dictionary<string, object?>(Variables, StringComparer.Ordinal);
        foreach (var (name, value) in extra)
        {
            variables[name] = value;
        }
        return new ExpressionScope(variables, NodeResults, Context, Clock);
    }
}
