using Microsoft.Extensions.Logging;

namespace Thaiyyal.Grains.Runs;

/// <summary>Moving the watchdog reminder of a run that parks.</summary>
public sealed partial class RunGrain
{
    /// <summary>
    /// Moves the watchdog to <paramref name="dueIn"/>. The reminder service that holds this run's reminder may be on a
    /// silo that just died and is not declared dead yet (its region was lost, say): the call is then rejected. The run
    /// must not fail for that — its watchdog is already registered and keeps ticking every period, which wakes a parked
    /// run at most one period late, and the wake timer of this activation is unaffected.
    /// </summary>
    private async Task MoveWatchdogAsync(TimeSpan dueIn)
    {
        try
        {
            await this.RegisterOrUpdateReminder(WatchdogReminder, dueIn, runOptions.Value.WatchdogPeriod);
        }
        catch (Exception ex) when (ex is OrleansException or TimeoutException)
        {
            LogWatchdogNotMoved(ex, RunKey, dueIn);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watchdog of run {RunId} not moved to {DueIn} from now; it keeps its period")]
    private partial void LogWatchdogNotMoved(Exception exception, string runId, TimeSpan dueIn);
}
