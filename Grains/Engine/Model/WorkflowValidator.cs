using Thaiyyal.Grains.Engine.Execution;

namespace Thaiyyal.Grains.Engine.Model;

/// <summary>
/// The strict checks the native API applies before accepting a run, beyond what the reference checks: every node
/// has an id and a known type, edges join existing nodes, the graph has no cycle, and the size limits hold. Each
/// problem names the node or edge. (The reference-compatible routes keep the reference's laxer behaviour.)
/// </summary>
public static class WorkflowValidator
{
    public static IReadOnlyList<ValidationProblem> Validate(WorkflowDefinition workflow, Func<string, bool> isKnownType, EngineLimits limits)
    {
        var problems = new List<ValidationProblem>();
        if (workflow.Nodes.Count > limits.MaxNodes)
        {
            problems.Add(new($"workflow has {workflow.Nodes.Count} nodes; the limit is {limits.MaxNodes}"));
        }
        if (workflow.Edges.Count > limits.MaxEdges)
        {
            problems.Add(new($"workflow has {workflow.Edges.Count} edges; the limit is {limits.MaxEdges}"));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in workflow.Nodes)
        {
            if (node.Id.Length == 0)
            {
                problems.Add(new("a node has no id"));
            }
            else if (!ids.Add(node.Id))
            {
                problems.Add(new($"node '{node.Id}' appears more than once", node.Id));
            }
            if (node.Type.Length == 0)
            {
                problems.Add(new($"node '{node.Id}' has no type and none can be inferred from its data", node.Id));
            }
            else if (node.Type == NodeTypes.Paginator)
            {
                problems.Add(new($"node '{node.Id}' has type 'paginator', which the format declares but no engine executes (the reference fails it with 'no executor registered for type: paginator')", node.Id));
            }
            else if (!isKnownType(node.Type))
            {
                problems.Add(new($"node '{node.Id}' has unknown type '{node.Type}'", node.Id));
            }
        }
        foreach (var edge in workflow.Edges)
        {
            foreach (var (end, id) in new[] { ("source", edge.Source), ("target", edge.Target) })
            {
                if (!ids.Contains(id))
                {
                    problems.Add(new($"edge '{edge.Id}' has {end} '{id}', which is not a node", EdgeId: edge.Id));
                }
            }
        }
        if (problems.Count == 0 && FindCycle(workflow) is { } cycle)
        {
            problems.Add(new($"workflow contains a cycle: {string.Join(" -> ", cycle)}", cycle[0]));
        }
        return problems;
    }

    /// <summary>One cycle as a closed path of node ids, or null. Iterative DFS so deep graphs cannot overflow the stack.</summary>
    private static List<string>? FindCycle(WorkflowDefinition workflow)
    {
        var successors = workflow.Edges.ToLookup(e => e.Source, e => e.Target, StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on stack, 2 = done
        foreach (var start in workflow.Nodes.Select(n => n.Id))
        {
            if (state.ContainsKey(start))
            {
                continue;
            }
            var path = new List<string> { start };
            var iterators = new Stack<IEnumerator<string>>();
            state[start] = 1;
            iterators.Push(successors[start].GetEnumerator());
            while (iterators.Count > 0)
            {
                var it = iterators.Peek();
                if (!it.MoveNext())
                {
                    iterators.Pop();
                    state[path[^1]] = 2;
                    path.RemoveAt(path.Count - 1);
                    continue;
                }
                var next = it.Current;
                if (state.GetValueOrDefault(next) == 1)
                {
                    var cycle = path.Skip(path.IndexOf(next)).ToList();
                    cycle.Add(next);
                    return cycle;
                }
                if (state.GetValueOrDefault(next) == 0)
                {
                    state[next] = 1;
                    path.Add(next);
                    iterators.Push(successors[next].GetEnumerator());
                }
            }
        }
        return null;
    }
}
