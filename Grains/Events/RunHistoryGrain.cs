using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Events;

/// <summary>One run's history on grain storage (Memory mode). Appends are idempotent by sequence number.</summary>
public sealed class RunHistoryGrain(
    [PersistentState("history", ThaiyyalStorage.Runs)] IPersistentState<RunHistoryState> history) : Grain, IRunHistoryGrain
{
    public async Task AppendAsync(IReadOnlyList<RunEvent> events)
    {
        var last = history.State.Events.Count == 0 ? 0 : history.State.Events[^1].Seq;
        var added = false;
        foreach (var e in events.Where(e => e.Seq > last).OrderBy(e => e.Seq))
        {
            if (e.Seq != last + 1)
            {
                throw new InvalidOperationException($"History of run {e.RunId} would have a gap: {last} then {e.Seq}.");
            }
            history.State.Events.Add(e);
            last = e.Seq;
            added = true;
        }
        if (added)
        {
            await history.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<RunEvent>> ReadAsync(long afterSeq) =>
        Task.FromResult<IReadOnlyList<RunEvent>>([.. history.State.Events.Where(e => e.Seq > afterSeq)]);
}
