using Thaiyyal.Grains.Abstractions.Events;

namespace Thaiyyal.Grains.Events;

/// <summary>
/// Where run histories and the runs index are persisted: grains on memory storage in Memory mode, PostgreSQL
/// tables in Postgres mode. The store derives the index from the events it appends (<c>RunStarted</c> adds a run,
/// a terminal event sets its status), so both are written together. Everything is per tenant: a run is named by its
/// tenant and its (bare) run id, and a tenant sees only its own histories and index.
/// </summary>
public interface IRunHistoryStore
{
    /// <summary>Appends consecutive events of one run; events already stored (same sequence number) are ignored.</summary>
    Task AppendAsync(string tenantId, string runId, IReadOnlyList<RunEvent> events, CancellationToken cancellationToken);

    /// <summary>The stored events of a run above <paramref name="afterSeq"/>, in order.</summary>
    Task<IReadOnlyList<RunEvent>> ReadAsync(string tenantId, string runId, long afterSeq, CancellationToken cancellationToken);

    /// <summary>A page of the runs of <see cref="RunListQuery.TenantId"/>, newest first.</summary>
    Task<RunPage> ListAsync(RunListQuery query, CancellationToken cancellationToken);
}
