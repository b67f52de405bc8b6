using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Thaiyyal.Client.Api;
using Thaiyyal.Grains.Abstractions.Storage;

namespace Thaiyyal.Client.Tests.Api;

/// <summary>A request the cluster could not serve is a 503 with Retry-After and problem details, not a bare 500.</summary>
public sealed class ClusterUnavailableExceptionHandlerTests
{
    [Fact]
    public async Task StorageUnavailable_Is503_NamingTheDatabaseError()
    {
        var (handled, context) = await HandleAsync(new StorageUnavailableException(
            "the state database failed the request (SQLSTATE 53300): sorry, too many clients already", "53300", transient: true));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal(ClusterUnavailableExceptionHandler.RetryAfterSeconds, context.Response.Headers.RetryAfter.ToString());
        var problem = await ReadProblemAsync(context);
        Assert.Equal("State database unavailable", problem.GetProperty("title").GetString());
        Assert.Contains("53300", problem.GetProperty("detail").GetString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task SiloUnavailable_Is503_ClusterUnavailable()
    {
        var (handled, context) = await HandleAsync(new SiloUnavailableException("silo died"));

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("Cluster unavailable", (await ReadProblemAsync(context)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task OtherExceptions_AreLeftToTheDefault500()
    {
        var (handled, context) = await HandleAsync(new InvalidOperationException("a bug"));

        Assert.False(handled);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
    }

    private static async Task<(bool Handled, DefaultHttpContext Context)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = "POST";
        context.Request.Path = "/api/v1/runs";
        context.Response.Body = new MemoryStream();
        var handler = new ClusterUnavailableExceptionHandler(
            services.GetRequiredService<IProblemDetailsService>(), NullLogger<ClusterUnavailableExceptionHandler>.Instance);
        var handled = await handler.TryHandleAsync(context, exception, TestContext.Current.CancellationToken);
        return (handled, context);
    }

    private static async Task<JsonElement> ReadProblemAsync(DefaultHttpContext context)
    {
        context.Response.Body.Position = 0;
        return await JsonSerializer.DeserializeAsync<JsonElement>(context.Response.Body, cancellationToken: TestContext.Current.CancellationToken);
    }
}
