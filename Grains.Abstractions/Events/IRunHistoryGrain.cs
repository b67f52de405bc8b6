namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>The persisted history of one run in Memory mode (Postgres mode keeps it in a table). Key: the run key, <c>TenantKeys.For(tenant, runId)</c>.</summary>
[Alias("thaiyyal.IRunHistoryGrain")]
public interface IRunHistoryGrain : IGrainWithStringKey
{
    /// <summary>Appends events; an event whose sequence number is already stored is ignored (a retried flush).</summary>
    [Alias("Append")]
    Task AppendAsync(IReadOnlyList<RunEvent> events);

    [Alias("Read")]
    Task<IReadOnlyList<RunEvent>> ReadAsync(long afterSeq);
}
