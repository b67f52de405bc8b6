using System.Text.Json;

namespace Thaiyyal.Client.Api.Runs;

/// <summary>
/// The body of <c>POST /api/v1/runs</c>: a workflow in the reference format, optional inputs (name → value) and an
/// optional home region (the API host's region when absent).
/// </summary>
public sealed record StartRunRequest(JsonElement Workflow, JsonElement? Inputs, string? Region = null);
