using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Orleans.Dashboard;
using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Persistence.Migrations;

// The headless silo: hosts grains only; API hosts join it as clients (or embed their own silo).
// `migrate` applies the PostgreSQL migrations (deploy/sql) to ConnectionStrings:Thaiyyal and exits.
var builder = Host.CreateApplicationBuilder(args.Length > 0 && args[0] == MigrateCommand.Verb ? args[1..] : args);
if (args.Length > 0 && args[0] == MigrateCommand.Verb)
{
    return await MigrateCommand.RunAsync(builder.Configuration, Console.Out, Console.Error);
}

// Thaiyyal:DashboardUrls (e.g. http://127.0.0.1:8081) makes this silo serve the Orleans dashboard page itself.
var dashboardUrls = builder.Configuration["Thaiyyal:DashboardUrls"];
using var host = string.IsNullOrWhiteSpace(dashboardUrls)
    ? BuildHeadless(builder)
    : BuildWithDashboardPage(args, dashboardUrls);
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
    builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration));
    return builder.Build();
}

static IHost BuildWithDashboardPage(string[] args, string urls)
{
    var web = WebApplication.CreateBuilder(args);
    web.WebHost.UseUrls(urls);
    web.UseOrleans(silo => silo.AddThaiyyal(web.Configuration)); // AddThaiyyal adds the dashboard unless Thaiyyal:Dashboard=false
    var app = web.Build();
    app.MapOrleansDashboard("/dashboard");
    return app;
}

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
