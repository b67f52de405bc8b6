using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>Counts reminder ticks in persisted state, so both the reminder row and the state row live in PostgreSQL.</summary>
public sealed class TickGrain([PersistentState("ticks", ThaiyyalStorage.Runs)] IPersistentState<TickState> ticks)
    : Grain, ITickGrain, IRemindable
{
    private const string ReminderName = "tick";

    public Task StartAsync(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public async Task StopAsync()
    {
        if (await this.GetReminder(ReminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<int> GetTicksAsync() => Task.FromResult(ticks.State.Count);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        ticks.State.Count++;
        await ticks.WriteStateAsync();
    }
}
