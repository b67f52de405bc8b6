namespace Thaiyyal.Grains.Abstractions.Events;

/// <summary>The runs index of one tenant in Memory mode (Postgres mode keeps it in a table). Key: the tenant id.</summary>
[Alias("thaiyyal.IRunIndexGrain")]
public interface IRunIndexGrain : IGrainWithStringKey
{
    [Alias("Upsert")]
    Task UpsertAsync(RunSummary summary);

    [Alias("List")]
    Task<RunPage> ListAsync(RunListQuery query);
}
