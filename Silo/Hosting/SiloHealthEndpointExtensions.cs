using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Thaiyyal.Silo.Health;

namespace Thaiyyal.Silo.Hosting;

/// <summary>The silo's probes, on the same paths as the client host's so one probe definition fits both.</summary>
public static class SiloHealthEndpointExtensions
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddSiloHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SiloStatusHealthCheck>("silo", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapSiloHealthChecks(this IEndpointRouteBuilder app)
    {
        // Live: the process answers (a silo declared dead by the cluster stops itself, so no check is needed here).
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = WriteDescriptionAsync,
        });
        return app;
    }

    /// <summary>The status word followed by each check's description, so an operator sees why a silo is not ready.</summary>
    private static Task WriteDescriptionAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var lines = report.Entries.Select(e => $"{e.Key}: {e.Value.Status}: {e.Value.Description}");
        return context.Response.WriteAsync(report.Status + "\n" + string.Join('\n', lines) + "\n", context.RequestAborted);
    }
}
