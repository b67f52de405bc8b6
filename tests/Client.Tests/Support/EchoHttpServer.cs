using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Thaiyyal.Client.Tests.Support;

/// <summary>
/// A Kestrel server on 127.0.0.1 that answers every request with what it received (method, query, headers, body)
/// — <c>/fail</c> with a 500 doing the same — and records each request as text.
/// </summary>
public sealed class EchoHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private EchoHttpServer(WebApplication app) => _app = app;

    /// <summary>Every request as received: method, path and query, headers, body.</summary>
    public ConcurrentQueue<string> Received { get; } = new();

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<EchoHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new EchoHttpServer(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.Received.Enqueue($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}\n{string.Join('\n', headers.Select(h => $"{h.Key}: {h.Value}"))}\n\n{body}");
            context.Response.StatusCode = context.Request.Path == "/fail" ? 500 : 200;
            await context.Response.WriteAsJsonAsync(
                new { method = context.Request.Method, path = context.Request.Path.Value, query = context.Request.QueryString.Value, headers, body },
                context.RequestAborted);
        });
        await app.StartAsync();
        return server;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
