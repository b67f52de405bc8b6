using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Polly;
using Polly.Retry;

namespace Thaiyyal.Grains.Persistence;

/// <summary>
/// Grain storage that tries a read, write or clear again when the database failed it transiently (e.g. PostgreSQL
/// refusing connections under a burst, or failing over), so a run does not fail, or lose an accepted start, to a
/// momentary outage. A write is safe to repeat: the provider moves the state's ETag only when a write succeeded, so a
/// repeated write of a write that did commit meets a version conflict, which deactivates the grain and reloads it.
/// </summary>
public sealed partial class RetryingGrainStorage : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    private readonly IGrainStorage _inner;
    private readonly string _name;
    private readonly ResiliencePipeline _pipeline;
    private readonly ILogger _logger;

    public RetryingGrainStorage(IGrainStorage inner, string name, StorageRetryOptions options, ILogger<RetryingGrainStorage> logger)
    {
        _inner = inner;
        _name = name;
        _logger = logger;
        _pipeline = options.MaxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(StorageFailures.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = retry =>
                {
                    LogRetrying(retry.Outcome.Exception, _name, retry.AttemptNumber + 1, retry.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            }).Build();
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(
            async token => await _inner.ReadStateAsync(stateName, grainId, grainState, token), cancellationToken).AsTask();

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(
            async token => await _inner.WriteStateAsync(stateName, grainId, grainState, token), cancellationToken).AsTask();

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(
            async token => await _inner.ClearStateAsync(stateName, grainId, grainState, token), cancellationToken).AsTask();

    /// <summary>The provider initialises itself in the silo lifecycle; Orleans finds it through this decorator.</summary>
    public void Participate(ISiloLifecycle lifecycle)
    {
        if (_inner is ILifecycleParticipant<ISiloLifecycle> participant)
        {
            participant.Participate(lifecycle);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grain storage {Storage} failed transiently; try {Attempt} in {Delay}")]
    private partial void LogRetrying(Exception? exception, string storage, int attempt, TimeSpan delay);
}
