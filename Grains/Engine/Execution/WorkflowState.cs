using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>
/// Run-scoped state shared by the nodes of one execution (WORKFLOW_FORMAT §9). It belongs to the run: the run
/// hands it to each sequential node and keeps what the node changed. It round-trips through a plain value
/// (<see cref="ToValue"/>/<see cref="FromValue"/>) so it can cross grain calls and be persisted as JSON.
/// </summary>
public sealed class WorkflowState
{
    public Dictionary<string, object?> Variables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object?> ContextVariables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, object?> ContextConstants { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether the single accumulator has been initialised (the reference initialises it on first use).</summary>
    public bool AccumulatorInitialized { get; set; }

    public object? Accumulator { get; set; }

    public double Counter { get; set; }

    public Dictionary<string, CacheEntry> Cache { get; } = new(StringComparer.Ordinal);

    /// <summary>Request times per rate-limiter node id (sliding log).</summary>
    public Dictionary<string, List<DateTimeOffset>> RateLimiterLogs { get; } = new(StringComparer.Ordinal);

    /// <summary>Last execution time per throttle node id.</summary>
    public Dictionary<string, DateTimeOffset> ThrottleLastRun { get; } = new(StringComparer.Ordinal);

    /// <summary><c>context.*</c> as expressions see it: one namespace, variables override constants.</summary>
    public IReadOnlyDictionary<string, object?> ContextValues()
    {
        var merged = new Dictionary<string, object?>(ContextConstants, StringComparer.Ordinal);
        foreach (var (name, value) in ContextVariables)
        {
            merged[name] = value;
        }
        return merged;
    }

    public Dictionary<string, object?> ToValue() => new(StringComparer.Ordinal)
    {
        ["variables"] = new Dictionary<string, object?>(Variables, StringComparer.Ordinal),
        ["context_variables"] = new Dictionary<string, object?>(ContextVariables, StringComparer.Ordinal),
        ["context_constants"] = new Dictionary<string, object?>(ContextConstants, StringComparer.Ordinal),
        ["accumulator_initialized"] = AccumulatorInitialized,
        ["accumulator"] = Accumulator,
        ["counter"] = Counter,
        ["cache"] = Cache.ToDictionary(
            p => p.Key,
            p => (object?)new Dictionary<string, object?> { ["value"] = p.Value.Value, ["expires_at"] = (double)p.Value.ExpiresAt.ToUnixTimeMilliseconds() },
            StringComparer.Ordinal),
        ["rate_limiter_logs"] = RateLimiterLogs.ToDictionary(
            p => p.Key, p => (object?)p.Value.Select(t => (object?)(double)t.ToUnixTimeMilliseconds()).ToList(), StringComparer.Ordinal),
        ["throttle_last_run"] = ThrottleLastRun.ToDictionary(p => p.Key, p => (object?)(double)p.Value.ToUnixTimeMilliseconds(), StringComparer.Ordinal),
    };

    public static WorkflowState FromValue(object? value)
    {
        var state = new WorkflowState();
        if (value is not Dictionary<string, object?> map)
        {
            return state;
        }
        CopyInto(map, "variables", state.Variables);
        CopyInto(map, "context_variables", state.ContextVariables);
        CopyInto(map, "context_constants", state.ContextConstants);
        state.AccumulatorInitialized = map.GetValueOrDefault("accumulator_initialized") is true;
        state.Accumulator = map.GetValueOrDefault("accumulator");
        state.Counter = map.GetValueOrDefault("counter") is double c ? c : 0;
        if (map.GetValueOrDefault("cache") is Dictionary<string, object?> cache)
        {
            foreach (var (key, entry) in cache)
            {
                if (entry is Dictionary<string, object?> e && e.GetValueOrDefault("expires_at") is double expires)
                {
                    state.Cache[key] = new CacheEntry(e.GetValueOrDefault("value"), FromMillis(expires));
                }
            }
        }
        if (map.GetValueOrDefault("rate_limiter_logs") is Dictionary<string, object?> logs)
        {
            foreach (var (node, times) in logs)
            {
                state.RateLimiterLogs[node] = (times as List<object?> ?? []).OfType<double>().Select(FromMillis).ToList();
            }
        }
        if (map.GetValueOrDefault("throttle_last_run") is Dictionary<string, object?> throttles)
        {
            foreach (var (node, time) in throttles)
            {
                if (time is double ms)
                {
                    state.ThrottleLastRun[node] = FromMillis(ms);
                }
            }
        }
        return state;
    }

    public WorkflowState Clone() => FromValue(JsonValues.DeepClone(ToValue()));

    private static void CopyInto(Dictionary<string, object?> map, string key, Dictionary<string, object?> target)
    {
        if (map.GetValueOrDefault(key) is Dictionary<string, object?> source)
        {
            foreach (var (name, value) in source)
            {
                target[name] = value;
            }
        }
    }

    private static DateTimeOffset FromMillis(double ms) => DateTimeOffset.FromUnixTimeMilliseconds((long)ms);
}
