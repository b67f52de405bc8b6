namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>
/// Starts a run. JSON travels as text so the contract never depends on a JSON codec.
/// Positional members get ids in order: append new ones, never reorder.
/// </summary>
/// <param name="WorkflowJson">The workflow payload in the reference format.</param>
/// <param name="InputsJson">A JSON object of run inputs, or null.</param>
/// <param name="WorkflowId">The saved workflow the run was started from, or null for an ad-hoc payload.</param>
/// <param name="WorkflowVersion">The version of the saved workflow the run is pinned to.</param>
/// <param name="RequestHash">
/// For a start made under a client's idempotency key (whose run id the key names): a digest of the request. A repeat
/// with the same digest is a no-op; one with another digest is refused with <see cref="RunIdInUseException"/>.
/// </param>
[GenerateSerializer, Immutable, Alias("thaiyyal.StartRun")]
public sealed record StartRun(
    string WorkflowJson, string? InputsJson, string? WorkflowId = null, int? WorkflowVersion = null, string? RequestHash = null);
