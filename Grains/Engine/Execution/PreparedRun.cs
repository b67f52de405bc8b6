using System.Text.Json;
using Thaiyyal.Grains.Engine.Graph;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>A workflow payload and run inputs turned into an ordered plan and the run's initial state.</summary>
public sealed record PreparedRun(WorkflowPlan Plan, IReadOnlyDictionary<string, object?> Inputs)
{
    /// <summary>
    /// Decodes and orders the payload with the inputs applied. <paramref name="strict"/> adds the native API's checks
    /// (<see cref="WorkflowValidator"/>). Throws <see cref="RunRejectedException"/> naming what is wrong.
    /// </summary>
    public static PreparedRun Prepare(string workflowJson, string? inputsJson, NodeCatalog catalog, EngineLimits limits, bool strict)
    {
        var inputs = ParseInputs(inputsJson);
        object? payload;
        try
        {
            payload = JsonValues.Parse(workflowJson);
        }
        catch (JsonException ex)
        {
            throw new RunRejectedException($"failed to parse payload: {ex.Message}") { IsDecodeError = true };
        }
        if (payload is Dictionary<string, object?> map)
        {
            payload = RunInputs.ApplyToPayload(map, inputs);
        }
        WorkflowDefinition workflow;
        try
        {
            workflow = catalog.CreateDecoder().Decode(payload);
        }
        catch (WorkflowFormatException ex)
        {
            throw new RunRejectedException([new ValidationProblem(ex.Message, ex.NodeId)]) { IsDecodeError = true };
        }
        if (strict)
        {
            var problems = WorkflowValidator.Validate(workflow, type => catalog.Find(type) is not null, limits);
            if (problems.Count > 0)
            {
                throw new RunRejectedException(problems);
            }
        }
        try
        {
            return new PreparedRun(WorkflowPlan.Build(workflow), inputs);
        }
        catch (WorkflowGraphException ex)
        {
            throw new RunRejectedException(ex.Message);
        }
    }

    /// <summary>The run's initial state: inputs as variables and context constants.</summary>
    public WorkflowState CreateInitialState()
    {
        var state = new WorkflowState();
        RunInputs.ApplyToState(state, Inputs);
        return state;
    }

    private static Dictionary<string, object?> ParseInputs(string? inputsJson)
    {
        if (string.IsNullOrWhiteSpace(inputsJson))
        {
            return new Dictionary<string, object?>(StringComparer.Ordinal);
        }
        try
        {
            return JsonValues.Parse(inputsJson) switch
            {
                null => new Dictionary<string, object?>(StringComparer.Ordinal),
                Dictionary<string, object?> inputs => inputs,
                _ => throw new RunRejectedException("inputs must be a JSON object of name → value"),
            };
        }
        catch (JsonException ex)
        {
            throw new RunRejectedException($"inputs are not valid JSON: {ex.Message}");
        }
    }
}
