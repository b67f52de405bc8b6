using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Thaiyyal.Engine.Tests.Http;

/// <summary>A real Kestrel server on 127.0.0.1 (random port) with the endpoints the HTTP tests call.</summary>
public sealed class LocalHttpServer : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public string Url(string pathAndQuery) => new Uri(BaseAddress, pathAndQuery).ToString();

    /// <summary>How many requests reached a <c>/flaky/{key}</c> or <c>/count/{key}</c> endpoint.</summary>
    public int Hits(string key) => _hits.TryGetValue(key, out var n) ? n : 0;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        app.MapGet("/json", () => Results.Text("""{"name":"thaiyyal","items":[1,2.5,"x"]}""", "application/json"));
        app.MapGet("/problem", () => Results.Text("""{"title":"x"}""", "application/problem+json; charset=utf-8"));
        app.MapGet("/text", () => Results.Text("hello world", "text/plain"));
        app.MapGet("/bad-json", () => Results.Text("{oops", "application/json"));
        app.MapGet("/raw", async (HttpContext http, string body) => await http.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(body)));
        app.MapGet("/status/{code:int}", (int code) => Results.StatusCode(code));
        app.MapGet("/slow", async (int ms, CancellationToken aborted) =>
        {
            await Task.Delay(ms, aborted);
            return Results.Text("late", "text/plain");
        });
        app.MapGet("/huge", async (HttpContext http, int bytes, bool? declare) =>
        {
            http.Response.ContentType = "text/plain";
            if (declare == true)
            {
                http.Response.ContentLength = bytes;
            }
            var chunk = new byte[8192];
            Array.Fill(chunk, (byte)'a');
            for (var sent = 0; sent < bytes; sent += chunk.Length)
            {
                await http.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, bytes - sent)), http.RequestAborted);
            }
        });
        app.MapGet("/redirect", (string to) => Results.Redirect(to));
        app.MapGet("/chain/{n:int}", (int n) => n == 0 ? Results.Text("""{"done":true}""", "application/json") : Results.Redirect($"/chain/{n - 1}"));
        app.MapMethods("/flaky/{key}", ["GET", "POST"], (string key, int failures) =>
        {
            var hit = _hits.AddOrUpdate(key, 1, (_, n) => n + 1);
            return hit <= failures ? Results.StatusCode(503) : Results.Text($$"""{"hits":{{hit}}}""", "application/json");
        });
        app.MapGet("/echo", (HttpContext http) => Results.Json(new Dictionary<string, string>
        {
            ["idempotency_key"] = http.Request.Headers["Idempotency-Key"].ToString(),
            ["authorization"] = http.Request.Headers.Authorization.ToString(),
            ["x_api_key"] = http.Request.Headers["X-Api-Key"].ToString(),
            ["x_static"] = http.Request.Headers["X-Static"].ToString(),
            ["query"] = http.Request.QueryString.Value ?? string.Empty,
            ["path"] = http.Request.Path.Value ?? string.Empty,
            ["connection"] = http.Request.Headers.Connection.ToString(),
            ["user_agent"] = http.Request.Headers.UserAgent.ToString(),
        }));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Urls.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        _app = app;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
