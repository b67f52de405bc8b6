using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;

namespace Thaiyyal.Tests.Shared.Http;

/// <summary>A real Kestrel server on 127.0.0.1 that http nodes call in tests; it records the requests it gets.</summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackHttpServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(string Path, string? Authorization, string? IdempotencyKey)> Requests { get; } = new();

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int CountOf(string path) => Requests.Count(r => r.Path == path);

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<LoopbackHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackHttpServer(app);
        app.Use(async (context, next) =>
        {
            server.Requests.Enqueue((context.Request.Path, context.Request.Headers.Authorization, context.Request.Headers["Idempotency-Key"]));
            await next(context);
        });
        app.MapGet("/greeting", () => Results.Json(new { message = "hello" }));
        // Counts executions per step: tests prove which nodes ran, and how often, from the receiving side.
        app.MapGet("/step/{name}", (string name) => Results.Json(new { step = name, count = server.CountOf($"/step/{name}") }));
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
