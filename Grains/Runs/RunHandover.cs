namespace Thaiyyal.Grains.Runs;

/// <summary>
/// A running run whose activation is being deactivated (its silo stops gracefully, or the runtime moves it) hands its
/// driving to the next activation: no node is dispatched any more, the nodes in flight finish — their results are
/// durable in their node grains — and the next activation, on another silo, replays them and continues.
/// </summary>
internal sealed class RunHandover
{
    public bool IsRequested { get; private set; }

    public void Request() => IsRequested = true;

    /// <summary>Waits for the node calls in flight; a call cut short by the stop token is simply made again by the next activation.</summary>
    public static async Task DrainAsync(IEnumerable<Task> nodeCalls)
    {
        try
        {
            await Task.WhenAll(nodeCalls);
        }
        catch (OperationCanceledException)
        {
            // the deactivation ran out of time and cancelled the calls still in flight
        }
    }
}
