using Microsoft.Extensions.DependencyInjection.Extensions;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Expressions;
using Thaiyyal.Grains.Engine.Nodes;

namespace Microsoft.Extensions.DependencyInjection;

public static class ThaiyyalEngineServiceCollectionExtensions
{
    /// <summary>Registers the pure workflow engine: limits, the expression evaluator and every node executor in this assembly.</summary>
    public static IServiceCollection AddThaiyyalEngine(this IServiceCollection services)
    {
        services.AddOptions<EngineLimits>().BindConfiguration(EngineLimits.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Options.IValidateOptions<EngineLimits>, EngineLimitsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddThaiyyalHttp();
        services.TryAddSingleton<IExpressionEvaluator, ExpressionEvaluator>();
        services.TryAddSingleton<NodeRunner>();
        services.TryAddSingleton<WorkflowRunner>();
        foreach (var type in typeof(INodeExecutor).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(INodeExecutor).IsAssignableFrom(t)))
        {
            // Discovery keeps "a new node type is one file": no registration list to edit.
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(INodeExecutor), type));
        }
        services.TryAddSingleton<NodeCatalog>();
        return services;
    }
}
