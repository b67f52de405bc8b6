using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Model;
using Thaiyyal.Grains.Engine.Nodes.Arrays;
using Thaiyyal.Grains.Engine.Values;

namespace Thaiyyal.Grains.Engine.Nodes.State;

/// <summary><c>cache</c>: stores or reads a value of the run's cache under <c>cache_key</c>, with a TTL on the context clock.</summary>
public sealed class CacheNodeExecutor : INodeExecutor
{
    private static readonly TimeSpan DefaultTtl = TimeSpan.FromMinutes(5);

    public string NodeType => NodeTypes.Cache;

    public NodeSchema Schema { get; } = new(
        "CacheData",
        [
            new("cache_op", FieldKind.String), new("cache_key", FieldKind.String), new("ttl", FieldKind.String),
            new("max_size", FieldKind.Integer), new("eviction", FieldKind.String), new("storage", FieldKind.String),
        ],
        NodeSchema.Requires("cache_op", "cache_key"));

    public ValueTask<NodeOutcome> ExecuteAsync(NodeContext context, CancellationToken cancellationToken)
    {
        var op = context.Config.GetString("cache_op", "");
        var key = context.Config.GetString("cache_key", "");
        return ValueTask.FromResult(op switch
        {
            "set" => Set(context, key),
            "get" => Get(context, key),
            "delete" => NodeOutcome.Success(ArrayValues.Object(("operation", "delete"), ("key", key), ("deleted", true))),
            _ => NodeOutcome.Failure($"unsupported cache operation: {op} (use get, set, or delete)"),
        });
    }

    private static NodeOutcome Set(NodeContext context, string key)
    {
        if (!context.HasInput)
        {
            return NodeOutcome.Failure("cache set operation requires an input value");
        }
        var ttlText = context.Config.GetString("ttl");
        var ttl = DefaultTtl;
        if (ttlText is not null && !GoDuration.TryParse(ttlText, out ttl))
        {
            return NodeOutcome.Failure($"invalid TTL format: invalid duration format: {ttlText} (use formats like '5s', '10m', '1h')");
        }
        context.State.Cache[key] = new CacheEntry(context.Input, context.Clock.GetUtcNow() + ttl);
        return NodeOutcome.Success(ArrayValues.Object(("operation", "set"), ("key", key), ("value", context.Input), ("ttl", ttlText)));
    }

    private static NodeOutcome Get(NodeContext context, string key)
    {
        var found = context.State.Cache.TryGetValue(key, out var entry) && context.Clock.GetUtcNow() <= entry.ExpiresAt;
        return NodeOutcome.Success(ArrayValues.Object(("operation", "get"), ("key", key), ("found", found), ("value", found ? entry!.Value : null)));
    }
}
