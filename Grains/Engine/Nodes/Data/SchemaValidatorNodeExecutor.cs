using System.Text.Json;
using Json.Schema;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.Data;

/// <summary>
/// <c>schema_validator</c>: validates the input against the JSON Schema in <c>schema</c>. Errors are reported in the
/// reference's shape (<c>field</c>, <c>type</c>, <c>description</c>, <c>value</c>), or fail the node when <c>strict</c>.
/// </summary>
public sealed class SchemaValidatorNodeExecutor : INodeExecutor
{
    public string NodeType => NodeTypes.SchemaValidator;

    public NodeSchema Schema { get; } = new(
        "SchemaValidatorData", [new("schema", FieldKind.Any), new("strict", FieldKind.Bool)], NodeSchema.Requires("schema"));

    public NodeOrdering Ordering => NodeOrdering.Independent;

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var input = context.Input;
        if (input is null)
        {
            return NodeOutcome.FailureTask("no input provided for validation");
        }
        var schemaValue = context.Config.Get("schema");
        if (schemaValue is null)
        {
            return NodeOutcome.FailureTask("schema not provided");
        }
        EvaluationResults results;
        try
        {
            var schema = JsonSchema.FromText(JsonValues.Serialize(schemaValue), new BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = Dialect.Draft07 });
            using var document = JsonDocument.Parse(JsonValues.Serialize(input is RecordList records ? records.ToArray() : input));
            results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return NodeOutcome.FailureTask($"schema validation failed: {ex.Message}");
        }
        if (results.IsValid)
        {
            return NodeOutcome.SuccessTask(ArrayValues.Object(("valid", true), ("data", input)));
        }
        var errors = SchemaErrors.From(results, schemaValue, input);
        if (context.Config.GetBool("strict", false))
        {
            return NodeOutcome.FailureTask($"validation failed: {errors.Count} errors found");
        }
        return NodeOutcome.SuccessTask(ArrayValues.Object(("valid", false), ("data", input), ("errors", errors)));
    }
}
