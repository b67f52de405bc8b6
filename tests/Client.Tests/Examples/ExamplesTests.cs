using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Thaiyyal.Client.Tests.Support;

namespace Thaiyyal.Client.Tests.Examples;

/// <summary>Every shipped example runs to a definite end: completed, failed with an error, or rejected naming the problem.</summary>
[Collection(ApiCollection.Name)]
public sealed class ExamplesTests(ThaiyyalApiFactory factory)
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Files() => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory, "examples"), f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Example_Run_EndsCompletedOrWithAClearError(string file)
    {
        var ct = TestContext.Current.CancellationToken;
        var workflow = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "examples", file), ct);
        using var content = new StringContent($$"""{"workflow": {{workflow}}}""", Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/v1/runs?wait=true", content, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            Assert.False(string.IsNullOrWhiteSpace(body.GetProperty("detail").GetString()));
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var status = body.GetProperty("status").GetString();
        Assert.Contains(status, new[] { "completed", "failed" });
        if (status == "failed")
        {
            Assert.StartsWith("error executing node ", body.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        }
    }
}
