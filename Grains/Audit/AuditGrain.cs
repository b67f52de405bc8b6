using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// The one writer of an audit chain: it gives each record the next sequence number and seals it over the previous
/// entry's hash (<see cref="AuditHashing"/>). Appends arriving while a write is under way wait and go together in the
/// next write, one store call for the batch, so a busy tenant is not limited to one database round trip per request.
/// It keeps only the head (last sequence number and hash) in memory, read from the store when first needed; after a
/// failed write it reads it again, since the write may have been stored before the failure was seen.
/// </summary>
[Reentrant] // appends queue while a batch is written; every store write still goes one at a time through _gate
public sealed partial class AuditGrain(
    IAuditStore store, IOptions<AuditOptions> options, TimeProvider clock, ILogger<AuditGrain> logger) : Grain, IAuditGrain, IDisposable
{
    internal const int MaxBatch = 500;

    private readonly List<(AuditRecord Record, TaskCompletionSource<AuditEntry> Stored)> _queue = [];
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AuditHead? _head;
    private long _prunedThrough;
    private Task? _writer;

    private string Chain => this.GetPrimaryKeyString();

    private int MaxEntries => options.Value.MaxEntries ?? store.DefaultMaxEntries;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!AuditChains.IsValid(Chain))
        {
            throw new ArgumentException($"'{Chain}' is not an audit chain: a tenant id or {AuditChains.Installation}.");
        }
        var period = options.Value.PruneInterval;
        this.RegisterGrainTimer(_ => PruneQuietlyAsync(), new GrainTimerCreationOptions(period, period) { Interleave = true });
        return Task.CompletedTask;
    }

    public Task<AuditEntry> AppendAsync(AuditRecord record)
    {
        var stored = new TaskCompletionSource<AuditEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add((record, stored));
        if (_writer is null || _writer.IsCompleted)
        {
            _writer = WriteQueuedAsync();
        }
        return stored.Task;
    }

    public async Task<AuditHead> GetHeadAsync() => _head ?? await LoadHeadAsync();

    public async Task<AuditCheckpoint?> PruneAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return await PruneUnderGateAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task WriteQueuedAsync()
    {
        while (_queue.Count > 0)
        {
            await _gate.WaitAsync();
            var batch = _queue.Take(MaxBatch).ToList();
            _queue.RemoveRange(0, batch.Count);
            try
            {
                var head = _head ?? await LoadHeadAsync();
                var entries = new List<AuditEntry>(batch.Count);
                foreach (var (record, _) in batch)
                {
                    var entry = AuditHashing.Seal(Chain, head, record);
                    entries.Add(entry);
                    head = new AuditHead(entry.Seq, entry.Hash);
                }
                await store.AppendAsync(Chain, entries, CancellationToken.None);
                _head = head;
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Stored.TrySetResult(entries[i]);
                }
                if (head.Seq - _prunedThrough > MaxEntries + (MaxEntries / 10))
                {
                    await PruneUnderGateAsync(); // an outgrown chain is cut back at once, not at the next timer
                }
            }
            catch (Exception exception)
            {
                _head = null; // the write may have reached the store before it failed: read the head again
                LogAppendFailed(Chain, batch.Count, exception);
                foreach (var (_, stored) in batch)
                {
                    stored.TrySetException(exception);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
    }

    private async Task<AuditHead> LoadHeadAsync()
    {
        var start = await store.LoadAsync(Chain, CancellationToken.None);
        _prunedThrough = start.Checkpoint?.Seq ?? 0;
        return _head = start.Head;
    }

    private async Task<AuditCheckpoint?> PruneUnderGateAsync()
    {
        var head = _head ?? await LoadHeadAsync();
        var now = clock.GetUtcNow();
        var checkpoint = await store.PruneAsync(Chain, head.Seq - MaxEntries, now - options.Value.Retention, now, CancellationToken.None);
        if (checkpoint is not null && checkpoint.Seq > _prunedThrough)
        {
            LogPruned(Chain, checkpoint.Seq);
            _prunedThrough = checkpoint.Seq;
        }
        return checkpoint;
    }

    private async Task PruneQuietlyAsync()
    {
        try
        {
            await PruneAsync();
        }
        catch (Exception exception)
        {
            LogPruneFailed(Chain, exception); // the next tick tries again
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit chain {Chain} could not store {Count} entries")]
    private partial void LogAppendFailed(string chain, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit chain {Chain} pruned through entry {Seq} (its checkpoint)")]
    private partial void LogPruned(string chain, long seq);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit chain {Chain} could not apply retention")]
    private partial void LogPruneFailed(string chain, Exception exception);
}
