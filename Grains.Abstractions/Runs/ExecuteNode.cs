namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>What a node grain needs to execute its node; JSON as text.</summary>
/// <param name="RunId">The run grain key (<c>TenantKeys.For(tenant, runId)</c>): the engine reads the run's tenant from it.</param>
/// <param name="NodeJson">The node definition: <c>{"id","type","data"}</c>.</param>
/// <param name="InputsJson">A JSON array of the predecessors' results, in payload edge order.</param>
/// <param name="VisibleResultsJson">A JSON object of the results this node may reference, or null.</param>
/// <param name="StateJson">The run-scoped state for sequential nodes, or null for independent ones.</param>
/// <param name="MayHaveResult">
/// False only when the run knows the node never ran (a fresh run's first call): the node grain then skips reading
/// storage, saving a database round trip per node. Resumed runs and retried calls pass true.
/// </param>
/// <param name="Signal">A signal handed to a <c>wait_event</c> node (kept by the run, or just arrived), or null.</param>
/// <param name="WaitOver">The run's clock says a waiting node's time has come: resume it.</param>
[GenerateSerializer, Immutable, Alias("thaiyyal.ExecuteNode")]
public sealed record ExecuteNode(
    string RunId,
    string NodeJson,
    string InputsJson,
    string? VisibleResultsJson,
    string? StateJson,
    bool MayHaveResult = true,
    SignalDelivery? Signal = null,
    bool WaitOver = false);
