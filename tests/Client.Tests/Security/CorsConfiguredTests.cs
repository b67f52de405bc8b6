using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Security;

/// <summary>A configured origin passes the preflight; any other still does not.</summary>
public sealed class CorsConfiguredTests : IClassFixture<CorsConfiguredTests.Factory>
{
    private readonly HttpClient _client;

    public CorsConfiguredTests(Factory factory) => _client = factory.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("http://editor.example", true)]
    [InlineData("http://evil.example", false)]
    public async Task CorsPreflight_ConfiguredOrigin_IsAllowedOthersNot(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/runs");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");

        var response = await _client.SendAsync(request, Ct);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    public sealed class Factory : ThaiyyalApiFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } =
            new Dictionary<string, string> { ["Thaiyyal:Api:CorsOrigins:0"] = "http://editor.example" };
    }
}
