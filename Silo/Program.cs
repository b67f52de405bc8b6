using Thaiyyal.Grains.Hosting;

// The headless silo: hosts grains only; API hosts join it as clients (or embed their own silo).
var builder = Host.CreateApplicationBuilder(args);
builder.UseOrleans(silo => silo.AddThaiyyal(builder.Configuration));

using var host = builder.Build();
await host.RunAsync();
