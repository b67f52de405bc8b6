namespace Thaiyyal.Grains.Engine.Model;

/// <summary>An edge; <see cref="SourceHandle"/> (or the legacy <c>condition</c> field) makes it conditional.</summary>
public sealed record EdgeDefinition(string Id, string Source, string Target, string? SourceHandle)
{
    public bool IsConditional => !string.IsNullOrEmpty(SourceHandle);
}
