using Thaiyyal.Client.Cli;
using Thaiyyal.Client.Hosting;
using Thaiyyal.Grains.Hosting;

if (CliCommand.IsCliInvocation(args))
{
    return await CliCommand.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration));
builder.Services.AddThaiyyalApi();

var app = builder.Build();
app.MapThaiyyalApi();
await app.RunAsync();
return 0;

/// <summary>The client host: HTTP API with an embedded silo, or the <c>run</c> command line.</summary>
public partial class Program;
