using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes.Control;

/// <summary><c>switch</c>: the first case whose <c>when</c> holds (boolean mode) picks the output path; the last case is the default (NODES.md).</summary>
public sealed class SwitchNodeExecutor(IExpressionEvaluator expressions) : INodeExecutor
{
    public string NodeType => NodeTypes.Switch;

    public NodeSchema Schema { get; } = new("SwitchData", [new("cases", FieldKind.Any)], ValidateCases);

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.FailureTask("switch node requires at least one input");
        }
        var input = context.Input;
        var scope = context.CreateExpressionScope();
        var cases = context.Config.GetArray("cases") ?? [];
        for (var i = 0; i < cases.Count; i++)
        {
            var switchCase = CaseConfig(cases[i]);
            var outputPath = switchCase.GetString("output_path");
            if (switchCase.GetBool("is_default", false))
            {
                return Result(input, matched: false, "default", string.IsNullOrEmpty(outputPath) ? "default" : outputPath, i);
            }
            var when = switchCase.GetString("when") ?? string.Empty;
            bool matched;
            try
            {
                matched = expressions.Evaluate(when, input, scope);
            }
            catch (ExpressionException)
            {
                continue;
            }
            if (matched)
            {
                return Result(input, matched: true, when, outputPath ?? "matched", i);
            }
        }
        return NodeOutcome.FailureTask("switch node reached end without matching any case or default (validation error)");
    }

    private static ValueTask<NodeOutcome> Result(object? input, bool matched, string caseText, string outputPath, int index) =>
        NodeOutcome.SuccessTask(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["value"] = input,
            ["matched"] = matched,
            ["case"] = caseText,
            ["output_path"] = outputPath,
            ["case_index"] = (double)index,
        });

    private static NodeConfig CaseConfig(object? value) =>
        value is Dictionary<string, object?> map ? new NodeConfig(map) : NodeConfig.Empty;

    /// <summary>Decode-time rules: Go's unmarshal type errors for the case structs, then <c>SwitchData.Validate</c>.</summary>
    private static string? ValidateCases(NodeConfig config)
    {
        var raw = config.Get("cases");
        if (raw is not null and not List<object?>)
        {
            return $"json: cannot unmarshal {JsonKind(raw)} into Go struct field SwitchData.cases of type []types.SwitchCase";
        }
        var cases = raw as List<object?> ?? [];
        foreach (var element in cases)
        {
            if (element is not null and not Dictionary<string, object?>)
            {
                return $"json: cannot unmarshal {JsonKind(element)} into Go struct field SwitchData.cases of type types.SwitchCase";
            }
            var fields = CaseConfig(element);
            foreach (var (name, goType, ok) in new (string, string, Func<object, bool>)[]
            {
                ("when", "string", v => v is string),
                ("output_path", "string", v => v is string),
                ("is_default", "bool", v => v is bool),
            })
            {
                if (fields.Get(name) is { } value && !ok(value))
                {
                    return $"json: cannot unmarshal {JsonKind(value)} into Go struct field SwitchCase.cases.{name} of type {goType}";
                }
            }
        }
        if (cases.Count == 0)
        {
            return "missing required field: cases";
        }
        var defaults = 0;
        var last = cases.Count - 1;
        for (var i = 0; i < cases.Count; i++)
        {
            var fields = CaseConfig(cases[i]);
            if (fields.GetBool("is_default", false))
            {
                defaults++;
                if (i != last)
                {
                    return $"default case must be the last case in the array (found at index {i}, but last index is {last})";
                }
            }
            else if (string.IsNullOrEmpty(fields.GetString("output_path")))
            {
                return $"case at index {i} must have output_path (non-default cases require output_path)";
            }
        }
        return defaults == 1 ? null : $"switch node must have exactly one default case (found {defaults})";
    }

    private static string JsonKind(object value) => value switch
    {
        string => "string",
        double => "number",
        bool => "bool",
        List<object?> => "array",
        _ => "object",
    };
}
