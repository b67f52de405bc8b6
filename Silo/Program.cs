using Thaiyyal.Grains.Hosting;
using Thaiyyal.Grains.Persistence.Migrations;

// The headless silo: hosts grains only; API hosts join it as clients (or embed their own silo).
// `migrate` applies the PostgreSQL migrations (deploy/sql) to ConnectionStrings:Thaiyyal and exits.
var builder = Host.CreateApplicationBuilder(args.Length > 0 && args[0] == MigrateCommand.Verb ? args[1..] : args);
if (args.Length > 0 && args[0] == MigrateCommand.Verb)
{
    return await MigrateCommand.RunAsync(builder.Configuration, Console.Out, Console.Error);
}

builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration));
using var host = builder.Build();
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
