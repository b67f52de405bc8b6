namespace Thaiyyal.Grains.Abstractions.Workflows;

/// <summary>
/// Creates a workflow or adds a version to it. Positional members get ids in order: append new ones, never reorder.
/// </summary>
/// <param name="Name">The workflow's name (required).</param>
/// <param name="Description">An optional description.</param>
/// <param name="DefinitionJson">The workflow payload in the reference format.</param>
/// <param name="Publish">Whether the new version becomes the published one.</param>
/// <param name="Strict">
/// True: the definition is validated like a run of the native API (decoded, known types, edges, limits). False: it
/// only has to be JSON, as the reference's save route accepts (drafts from the visual editor).
/// </param>
[GenerateSerializer, Immutable, Alias("thaiyyal.SaveWorkflow")]
public sealed record SaveWorkflow(string Name, string? Description, string DefinitionJson, bool Publish, bool Strict);
