namespace Thaiyyal.Grains.Engine.Model;

/// <summary>One reason a workflow is rejected before it runs; names the node or edge it is about.</summary>
public sealed record ValidationProblem(string Message, string? NodeId = null, string? EdgeId = null);
