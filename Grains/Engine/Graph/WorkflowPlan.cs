using System.Collections.Frozen;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Graph;

/// <summary>
/// A workflow ordered for execution: the reference's Kahn order (initial zero-in-degree nodes sorted ordinally,
/// later ties in payload edge order), each node's incoming edges in payload order, and the terminal nodes.
/// </summary>
public sealed class WorkflowPlan
{
    private readonly FrozenDictionary<string, NodeDefinition> _nodes;
    private readonly FrozenDictionary<string, int> _positions;
    private readonly FrozenDictionary<string, EdgeDefinition[]> _incoming;
    private readonly FrozenDictionary<string, string[]> _successors;

    private WorkflowPlan(WorkflowDefinition definition, IReadOnlyList<string> order)
    {
        Definition = definition;
        Order = order;
        _nodes = definition.Nodes.GroupBy(n => n.Id).ToFrozenDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        _positions = order.Select((id, index) => (id, index)).ToFrozenDictionary(p => p.id, p => p.index, StringComparer.Ordinal);
        _incoming = definition.Edges.GroupBy(e => e.Target).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _successors = definition.Edges.GroupBy(e => e.Source)
            .ToFrozenDictionary(g => g.Key, g => g.Select(e => e.Target).Distinct().ToArray(), StringComparer.Ordinal);
        var sources = definition.Edges.Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
        TerminalNodes = definition.Nodes.Where(n => !sources.Contains(n.Id)).Select(n => n.Id).Distinct().ToList();
    }

    public WorkflowDefinition Definition { get; }

    /// <summary>Node ids in the reference's sequential execution order.</summary>
    public IReadOnlyList<string> Order { get; }

    /// <summary>Nodes that are never an edge source, in payload order.</summary>
    public IReadOnlyList<string> TerminalNodes { get; }

    public NodeDefinition Node(string id) => _nodes[id];

    public int PositionOf(string id) => _positions[id];

    /// <summary>Incoming edges in payload order.</summary>
    public IReadOnlyList<EdgeDefinition> IncomingEdges(string id) => _incoming.GetValueOrDefault(id) ?? [];

    /// <summary>Distinct targets of the node's outgoing edges.</summary>
    public IReadOnlyList<string> Successors(string id) => _successors.GetValueOrDefault(id) ?? [];

    /// <summary>Orders the workflow. Throws <see cref="WorkflowGraphException"/> exactly where the reference reports a cycle.</summary>
    public static WorkflowPlan Build(WorkflowDefinition definition)
    {
        var inDegree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in definition.Nodes)
        {
            inDegree[node.Id] = 0;
        }
        foreach (var edge in definition.Edges)
        {
            inDegree[edge.Target] = inDegree.GetValueOrDefault(edge.Target) + 1;
        }
        var outgoing = definition.Edges.ToLookup(e => e.Source, StringComparer.Ordinal);
        var queue = new Queue<string>(inDegree.Where(p => p.Value == 0).Select(p => p.Key).Order(StringComparer.Ordinal));
        var order = new List<string>(definition.Nodes.Count);
        while (queue.TryDequeue(out var id))
        {
            order.Add(id);
            foreach (var edge in outgoing[id])
            {
                if (--inDegree[edge.Target] == 0)
                {
                    queue.Enqueue(edge.Target);
                }
            }
        }
        // Duplicate ids, dangling edges and real cycles all surface as a count mismatch, as in the reference.
        if (order.Count != definition.Nodes.Count)
        {
            throw new WorkflowGraphException();
        }
        return new WorkflowPlan(definition, order);
    }
}
