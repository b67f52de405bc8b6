namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>
/// One node of one run. Executes the node at most once per attempt, persists the result before answering, and
/// answers a repeated request with the stored result. Key: <c>{run key}/{nodeId}</c> (see <see cref="NodeKeys"/>).
/// </summary>
[Alias("thaiyyal.INodeGrain")]
public interface INodeGrain : IGrainWithStringKey
{
    [Alias("Execute")]
    Task<NodeExecutionResult> ExecuteAsync(ExecuteNode command, CancellationToken cancellationToken);

    [Alias("GetResult")]
    Task<NodeExecutionResult?> GetResultAsync();
}
