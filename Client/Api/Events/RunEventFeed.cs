using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Orleans.Streams;
using Thaiyyal.Grains.Abstractions.Events;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Client.Api.Events;

/// <summary>
/// Follows run events for Server-Sent Events. One run: subscribe to its stream first, then read the history from the
/// run grain (stored history + unflushed events), then pass live events on, dropping any sequence number already sent
/// and filling any gap (or a quiet stream) from the run grain again; ends after the terminal event. All runs: the
/// tenant stream, live only. Both are one tenant's: a run is followed by its tenant and id (its stream and grain are
/// keyed <c>TenantKeys.For(tenant, runId)</c>), and the all-runs feed is that tenant's stream alone.
/// </summary>
public sealed class RunEventFeed(IClusterClient cluster)
{
    /// <summary>How long a run's live stream may stay quiet before the feed asks the run grain directly.</summary>
    private static readonly TimeSpan CatchUpAfter = TimeSpan.FromSeconds(1);

    public async IAsyncEnumerable<RunEvent> FollowRunAsync(
        string tenantId, string runId, long afterSeq, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var runKey = TenantKeys.For(tenantId, runId);
        var live = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });
        var stream = cluster.GetStreamProvider(RunEventStreams.ProviderName).GetStream<RunEvent>(RunStreamIds.ForRun(runKey));
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            live.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        try
        {
            var run = cluster.GetGrain<IRunGrain>(runKey);
            var last = afterSeq;
            var ended = false;
            foreach (var e in await run.GetEventsAsync(last))
            {
                yield return e;
                last = e.Seq;
                ended = e.IsTerminal;
            }
            while (!ended)
            {
                var next = await ReadAsync(live.Reader, cancellationToken);
                if (next is not null && next.Seq <= last)
                {
                    continue; // already sent (from history)
                }
                IReadOnlyList<RunEvent> batch = next is not null && next.Seq == last + 1 ? [next] : await run.GetEventsAsync(last);
                if (batch.Count == 0 && next is null && (await run.GetSnapshotAsync()).IsTerminal)
                {
                    break; // the client already had the terminal event (Last-Event-ID at or past the end)
                }
                foreach (var e in batch)
                {
                    yield return e;
                    last = e.Seq;
                    ended = e.IsTerminal;
                }
            }
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    public async IAsyncEnumerable<RunEvent?> FollowAllAsync(string tenantId, TimeSpan heartbeat, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var live = Channel.CreateUnbounded<RunEvent>(new UnboundedChannelOptions { SingleReader = true });
        var stream = cluster.GetStreamProvider(RunEventStreams.ProviderName)
            .GetStream<RunEvent>(RunStreamIds.ForTenant(tenantId));
        var subscription = await stream.SubscribeAsync((e, _) =>
        {
            live.Writer.TryWrite(e);
            return Task.CompletedTask;
        });
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                yield return await ReadAsync(live.Reader, heartbeat, cancellationToken); // null: nothing for a while
            }
        }
        finally
        {
            await subscription.UnsubscribeAsync();
        }
    }

    private static Task<RunEvent?> ReadAsync(ChannelReader<RunEvent> reader, CancellationToken cancellationToken) =>
        ReadAsync(reader, CatchUpAfter, cancellationToken);

    private static async Task<RunEvent?> ReadAsync(ChannelReader<RunEvent> reader, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(timeout);
        try
        {
            return await reader.ReadAsync(wait.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }
}
