using Orleans.Dashboard;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Thaiyyal.Client.Api;
using Thaiyyal.Client.Api.Cluster;
using Thaiyyal.Client.Api.Events;
using Thaiyyal.Client.Api.HttpClients;
using Thaiyyal.Client.Api.Reference;
using Thaiyyal.Client.Api.Runs;
using Thaiyyal.Client.Audit;
using Thaiyyal.Client.Health;
using Thaiyyal.Client.Identity;
using Thaiyyal.Client.Runs;
using Thaiyyal.Client.Security;
using Thaiyyal.Grains.Cluster;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Thaiyyal.Client.Hosting;

/// <summary>The HTTP API's services and endpoints.</summary>
public static class ThaiyyalApiExtensions
{
    private const string ReadyTag = "ready";
    private const string DashboardSetting = "Thaiyyal:Dashboard";

    public static IServiceCollection AddThaiyyalApi(this IServiceCollection services)
    {
        services.AddThaiyyalClusterEngine(); // validation before a run is accepted, and the named-client registry
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiOptions>, ApiOptionsValidator>();
        services.AddSingleton<JsonRequestBody>();
        services.TryAddSingleton(sp => LocalRegion.From(sp.GetRequiredService<IConfiguration>())); // an embedded silo registers the same
        services.AddSingleton<RunLauncher>();
        services.AddSingleton<RunEventFeed>();
        services.AddThaiyyalAudit();
        services.AddProblemDetails();
        services.AddExceptionHandler<ClusterUnavailableExceptionHandler>();
        services.AddOpenApi();
        services.AddCors();
        // Closed unless configured: no origin is allowed by default; '*' never combines with credentials.
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<ApiOptions>>((cors, api) => cors.AddDefaultPolicy(policy =>
            {
                var origins = api.Value.CorsOrigins;
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }
                policy.AllowAnyHeader().AllowAnyMethod().DisallowCredentials();
            }));
        services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapThaiyyalApi(this WebApplication app)
    {
        _ = app.Services.GetRequiredService<LocalRegion>(); // a bad Thaiyyal:Region fails the start, not the first run
        app.UseThaiyyalAudit(); // outermost: records mutations and 401/403 with the status the client gets; maps /api/v1/audit
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseThaiyyalSecurityHeaders();
        app.UseCors();
        app.UseThaiyyalIdentity();
        ThaiyyalIdentityExtensions.AnnounceAccess(app);
        app.MapOpenApi().AllowAnonymous(); // the API's shape is public; what it holds is not
        app.MapScalarApiReference("/api-docs").AllowAnonymous();
        app.MapRunsApi();
        app.MapRunListApi();
        app.MapEventsApi();
        app.MapClusterApi();
        app.MapThaiyyalObservability();
        if (app.Configuration.GetValue(DashboardSetting, true))
        {
            app.MapOrleansDashboard("/dashboard").RequireAuthorization(ThaiyyalPolicies.InstallationOperator);
        }
        app.MapReferenceWorkflowApi();
        app.MapHttpClientsApi();
        Thaiyyal.Client.Api.Workflows.WorkflowsApi.MapWorkflowsApi(app);
        Thaiyyal.Client.Api.Schedules.SchedulesApi.MapSchedulesApi(app);
        Thaiyyal.Client.Api.Secrets.SecretsApi.MapSecretsApi(app);
        // Probes carry no credentials and learn nothing but up or down.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) }).AllowAnonymous();
        app.MapGet("/", () => Results.Redirect("/api-docs")).ExcludeFromDescription().AllowAnonymous();
        return app;
    }
}
