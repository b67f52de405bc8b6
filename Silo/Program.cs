using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Orleans.Dashboard;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Persistence.Migrations;
using Thaiyyal.Silo.Hosting;

// The headless silo: hosts grains only; API hosts join it as clients (or embed their own silo).
// `migrate` applies the PostgreSQL migrations (deploy/sql) to ConnectionStrings:Thaiyyal and exits.
var builder = Host.CreateApplicationBuilder(args.Length > 0 && args[0] == MigrateCommand.Verb ? args[1..] : args);
if (args.Length > 0 && args[0] == MigrateCommand.Verb)
{
    return await MigrateCommand.RunAsync(builder.Configuration, Console.Out, Console.Error);
}

// Thaiyyal:DashboardUrls / Thaiyyal:HealthUrls (e.g. http://127.0.0.1:8081) make this silo serve the Orleans
// dashboard page / its health probes itself; without either it opens no HTTP port.
var endpoints = SiloHttpEndpoints.From(builder.Configuration);
using var host = endpoints.Any
    ? BuildWithHttpEndpoints(args, endpoints)
    : BuildHeadless(builder);
try
{
    await host.RunAsync();
    return 0;
}
catch (Exception ex) when (FindSchemaBehind(ex) is { } behind)
{
    await Console.Error.WriteLineAsync(behind.Message);
    return 1;
}

static IHost BuildHeadless(HostApplicationBuilder builder)
{
    builder.UseOrleans(silo => ConfigureSilo(silo, builder.Configuration));
    return builder.Build();
}

static IHost BuildWithHttpEndpoints(string[] args, SiloHttpEndpoints endpoints)
{
    var web = WebApplication.CreateBuilder(args);
    web.WebHost.UseUrls(endpoints.ListenUrls);
    web.UseOrleans(silo => ConfigureSilo(silo, web.Configuration));
    if (endpoints.Health)
    {
        web.Services.AddSiloHealthChecks();
    }
    var app = web.Build();
    if (endpoints.Dashboard)
    {
        app.MapOrleansDashboard("/dashboard"); // AddThaiyyal adds the dashboard unless Thaiyyal:Dashboard=false
    }
    if (endpoints.Health)
    {
        app.MapSiloHealthChecks();
    }
    return app;
}

static void ConfigureSilo(ISiloBuilder silo, IConfiguration configuration) =>
    silo.AddThaiyyal(configuration)
        .AddThaiyyalMembershipSettings(configuration)
        .AddThaiyyalKubernetesHosting(configuration); // after AddThaiyyal: the pod's cluster identity wins when set

static SchemaBehindException? FindSchemaBehind(Exception? ex)
{
    for (; ex is not null; ex = ex.InnerException)
    {
        if (ex is SchemaBehindException behind)
        {
            return behind;
        }
        if (ex is AggregateException aggregate)
        {
            return aggregate.InnerExceptions.Select(FindSchemaBehind).FirstOrDefault(e => e is not null);
        }
    }
    return null;
}
