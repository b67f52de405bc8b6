using Thaiyyal.Client.Identity;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Thaiyyal.Grains.Events;

namespace Thaiyyal.Client.Hosting;

/// <summary>
/// OpenTelemetry for the client host (and its embedded silo): run traces (a span per node, HTTP client spans
/// beneath), the <c>Thaiyyal</c> meter with ASP.NET Core and HTTP client metrics, a Prometheus scrape endpoint at
/// <c>/metrics</c>, and OTLP export of traces and metrics when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set.
/// </summary>
public static class ThaiyyalObservabilityExtensions
{
    public static IServiceCollection AddThaiyyalObservability(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? "thaiyyal"))
            .WithTracing(tracing =>
            {
                tracing.AddSource(RunTelemetry.Name, "Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                    .AddAspNetCoreInstrumentation(o => o.Filter = context =>
                        !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/dashboard"))
                    .AddHttpClientInstrumentation();
                if (otlp)
                {
                    tracing.AddOtlpExporter();
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(RunTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddPrometheusExporter();
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }
            });
        // Log scopes carry RunId and NodeId (the run grain opens them around each node call).
        services.Configure<Microsoft.Extensions.Logging.Console.SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        return services;
    }

    public static WebApplication MapThaiyyalObservability(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(ThaiyyalPolicies.InstallationOperator);
        return app;
    }
}
