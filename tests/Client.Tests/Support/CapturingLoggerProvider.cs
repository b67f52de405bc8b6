using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>Keeps every log line the host writes — message, structured values, exception, scopes — for tests that search them.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider? _scopes;

    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => provider._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
            var scopes = new List<string>();
            provider._scopes?.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? string.Empty), scopes);
            provider.Lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {values} | {string.Join(" > ", scopes)} | {exception}");
        }
    }
}
