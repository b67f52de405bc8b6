using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Thaiyyal.Deploy.Tests.Support;

namespace Thaiyyal.Deploy.Tests;

/// <summary>The client host answers the probe paths its Kubernetes Deployment and its image's HEALTHCHECK request.</summary>
public sealed class ClientProbeRoutesTests
{
    public static TheoryData<string> ProbePaths()
    {
        var client = DeployFiles.LoadKubernetes().Single(o => o.Name == "thaiyyal-client");
        var fromManifest = client.Containers.SelectMany(c => new[] { "startupProbe", "readinessProbe", "livenessProbe" }
            .Select(p => c.Map(p).Map("httpGet").Text("path")));
        var fromImage = Dockerfile.Load(Path.Combine(DeployFiles.DeployDirectory, "docker", "Client.Dockerfile")).HealthCheckTarget?.Path;
        return [.. fromManifest.Append(fromImage).OfType<string>().Distinct()];
    }

    [Theory]
    [MemberData(nameof(ProbePaths))]
    public async Task ClientHost_ProbePath_AnswersOk(string path)
    {
        await using var host = new EmbeddedClientHost();
        using var http = host.CreateClient();

        var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// The client host with its embedded silo on free ports (the probes' routes are the same in client mode). Named by a
    /// type of its assembly: the Silo assembly, referenced here too, also has a public <c>Program</c>.
    /// </summary>
    private sealed class EmbeddedClientHost : WebApplicationFactory<Thaiyyal.Client.Api.ApiOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Thaiyyal:SiloPort", "0");
            builder.UseSetting("Thaiyyal:GatewayPort", "0");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
