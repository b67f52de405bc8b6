using System.Collections.Frozen;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Thaiyyal.Grains.Engine.Model;

namespace Thaiyyal.Grains.Engine.Nodes;

/// <summary>The registered node executors, by type name.</summary>
public sealed class NodeCatalog
{
    private readonly FrozenDictionary<string, INodeExecutor> _executors;

    public NodeCatalog(IEnumerable<INodeExecutor> executors)
    {
        _executors = executors.ToFrozenDictionary(e => e.NodeType, StringComparer.Ordinal);
    }

    public IEnumerable<string> NodeTypes => _executors.Keys.Order(StringComparer.Ordinal);

    public INodeExecutor? Find(string nodeType) => _executors.GetValueOrDefault(nodeType);

    /// <summary>The decode-time schema of a type; null for an unknown type (which then decodes generically).</summary>
    public NodeSchema? SchemaFor(string nodeType) => Find(nodeType)?.Schema;

    /// <summary>A decoder that checks node data against this catalog's schemas.</summary>
    public WorkflowDecoder CreateDecoder() => new(SchemaFor);

    /// <summary>The engine's services without a host (empty configuration, default limits), for tests and tools.</summary>
    public static ServiceProvider CreateStandaloneServices(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddThaiyyalEngine();
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>A catalog with every built-in executor, for tests and tools that run without a host.</summary>
    public static NodeCatalog CreateDefault(Action<IServiceCollection>? configure = null)
    {
        return CreateStandaloneServices(configure).GetRequiredService<NodeCatalog>();
    }
}
