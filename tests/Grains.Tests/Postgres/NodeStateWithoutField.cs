namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>
/// <see cref="Runs.NodeState"/> as an older build declared it: without <c>NodeType</c> and <c>ExecutedOn</c>. State that
/// build wrote must read in the current one (the members it lacks keep their defaults).
/// </summary>
public sealed class NodeStateWithoutField
{
    public string Status { get; set; } = "pending";

    public string? InputsJson { get; set; }

    public string? ResultJson { get; set; }

    public string? Error { get; set; }

    public string? StateJson { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
