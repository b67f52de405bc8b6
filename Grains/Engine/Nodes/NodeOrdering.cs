namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>How a node's execution may be ordered relative to the reference's sequential order.</summary>
public enum NodeOrdering
{
    /// <summary>Reads run-scoped state or other results: runs only after every node before it in the sequential order.</summary>
    Sequential,
    /// <summary>Depends only on its inputs and config: runs as soon as its predecessors are resolved, concurrently with others.</summary>
    Independent,
}
