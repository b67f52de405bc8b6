using Orleans.Dashboard;
using Thaiyyal.Client.Cli;
using Thaiyyal.Client.Hosting;
using Thaiyyal.Client.Identity;
using Thaiyyal.Grains.Hosting;

if (CliCommand.IsCliInvocation(args))
{
    return await CliCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
var hosting = builder.Configuration.GetSection(ThaiyyalHostingOptions.SectionName).Get<ThaiyyalHostingOptions>() ?? new ThaiyyalHostingOptions();
if (hosting.Mode == HostMode.Client)
{
    // Joins silos started elsewhere (`dotnet run --project Silo`); AddThaiyyalApi brings the engine to validate at the edge.
    builder.UseOrleansClient(client =>
    {
        client.AddThaiyyalClient(builder.Configuration);
        if (hosting.Dashboard)
        {
            client.AddDashboard(); // the silos run its grains (Thaiyyal:Dashboard, on by default)
        }
    });
}
else
{
    builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration)); // with the dashboard unless Thaiyyal:Dashboard=false
}
builder.Services.AddThaiyyalIdentity(builder.Configuration);
builder.Services.AddThaiyyalApi();
builder.Services.AddThaiyyalObservability(builder.Configuration);

var app = builder.Build();
app.MapThaiyyalApi();
await app.RunAsync();
return 0;

/// <summary>The client host: HTTP API with an embedded silo (or joining a cluster as a client), or the <c>run</c> command line.</summary>
public partial class Program;
