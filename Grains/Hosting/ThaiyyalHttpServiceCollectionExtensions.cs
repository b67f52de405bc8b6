using System.Net;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using Thaiyyal.Grains.Engine.Http;
using Thaiyyal.Grains.Engine.Http.Clients;
using Thaiyyal.Grains.Engine.Secrets;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registration of the <c>http</c> node's outbound HTTP machinery.</summary>
public static class ThaiyyalHttpServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <c>http</c> node's outbound machinery: <see cref="HttpNodeOptions"/> (section <c>Thaiyyal:Http</c>,
    /// validated at start), the SSRF-guarded pooled clients with retry and per-host circuit breaker, the fetcher and
    /// the in-memory named-client store (a host may register its own <see cref="IHttpClientConfigurationStore"/> first)
    /// and a secret resolver that knows no secrets.
    /// </summary>
    public static IServiceCollection AddThaiyyalHttp(this IServiceCollection services)
    {
        services.AddOptions<HttpNodeOptions>().BindConfiguration(HttpNodeOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpNodeOptions>, HttpNodeOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HttpNodeOptions>, HttpAllowListValidator>());
        services.TryAddSingleton<GuardedConnector>();
        services.TryAddSingleton<SafeHttpFetcher>();
        services.TryAddSingleton<IHttpClientConfigurationStore, InMemoryHttpClientConfigurationStore>();
        services.TryAddSingleton<ISecretResolver, NoSecretResolver>(); // a host in a cluster replaces it with the secrets grains'
        if (!services.Any(d => d.ServiceType == typeof(HttpClientMarker)))
        {
            services.AddSingleton<HttpClientMarker>();
            AddGuardedClient(services, HttpClientNames.Default);
            AddGuardedClient(services, HttpClientNames.NamedConfigurations);
        }
        return services;
    }

    private static void AddGuardedClient(IServiceCollection services, string name)
    {
        services.AddHttpClient(name)
            .ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan) // the fetcher bounds the whole call
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .RedactLoggedHeaders(_ => true) // named clients send credentials in headers; none may reach a log
            .AddResilienceHandler($"{name}.Resilience", ConfigureResilience)
            .SelectPipelineByAuthority(); // one circuit per host: a failing host must not pause calls to the others
    }

    private static SocketsHttpHandler CreateHandler(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<HttpNodeOptions>>().Value;
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false, // redirects are followed by SafeHttpFetcher so every target is checked
            UseCookies = false,
            UseProxy = false, // through a proxy the guarded connection would be to the proxy, not to the target
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = options.PooledConnectionLifetime,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(90),
            MaxConnectionsPerServer = 100,
            ConnectCallback = services.GetRequiredService<GuardedConnector>().ConnectAsync,
        };
    }

    private static void ConfigureResilience(ResiliencePipelineBuilder<HttpResponseMessage> builder, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<HttpNodeOptions>>().Value;
        if (options.MaxRetryAttempts > 0)
        {
            var retry = new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => HttpTransientFailures.ShouldHandle(args.Outcome),
            };
            retry.DisableForUnsafeHttpMethods();
            builder.AddRetry(retry);
        }
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = options.CircuitBreakerFailureRatio,
            MinimumThroughput = options.CircuitBreakerMinimumThroughput,
            SamplingDuration = options.CircuitBreakerSamplingDuration,
            BreakDuration = options.CircuitBreakerBreakDuration,
            ShouldHandle = args => HttpTransientFailures.ShouldHandle(args.Outcome),
        });
    }

    /// <summary>Marks that the named clients are registered, so calling <see cref="AddThaiyyalHttp"/> twice is harmless.</summary>
    private sealed class HttpClientMarker;
}
