using System.Text.Json;

namespace Thaiyyal.Client.Api.Runs;

/// <summary>The body of <c>POST /api/v1/runs</c>: a workflow in the reference format and optional inputs (name → value).</summary>
public sealed record StartRunRequest(JsonElement Workflow, JsonElement? Inputs);
