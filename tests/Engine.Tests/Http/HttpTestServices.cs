using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Engine.Http;

namespace Thaiyyal.Engine.Tests.Http;

/// <summary>A service provider with <c>AddThaiyyalHttp()</c>; loopback opened through the allow-list, fast retries.</summary>
internal static class HttpTestServices
{
    public static ServiceProvider Create(Action<HttpNodeOptions>? configure = null, bool openLoopback = true)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddThaiyyalHttp();
        services.Configure<HttpNodeOptions>(options =>
        {
            if (openLoopback)
            {
                options.AllowedHosts.Add("127.0.0.1/32");
            }
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            options.Timeout = TimeSpan.FromSeconds(10);
            configure?.Invoke(options);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static HttpNodeOptions Options(this IServiceProvider services) => services.GetRequiredService<IOptions<HttpNodeOptions>>().Value;
}
