using Thaiyyal.Deploy.Tests.Support;
using Thaiyyal.Silo.Hosting;

namespace Thaiyyal.Deploy.Tests;

public sealed class DockerfileTests
{
    public static TheoryData<string, string> Images() => new()
    {
        { "Silo.Dockerfile", typeof(SiloHttpEndpoints).Assembly.GetName().Name! },
        { "Client.Dockerfile", typeof(Thaiyyal.Client.Api.ApiOptions).Assembly.GetName().Name! },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void Dockerfile_RunsTheHostAssemblyAsANonRootUser(string dockerfile, string assembly)
    {
        var image = Load(dockerfile);

        Assert.Equal(["dotnet", assembly + ".dll"], image.Entrypoint);
        Assert.False(string.IsNullOrWhiteSpace(image.User), "no USER: the container would run as root");
        Assert.DoesNotContain(image.User, new[] { "root", "0", "0:0" });
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Dockerfile_HealthCheckProbesAHealthPathOnTheExposedPortTheHostListensOn(string dockerfile, string assembly)
    {
        var image = Load(dockerfile);
        var (port, path) = image.HealthCheckTarget ?? throw new Xunit.Sdk.XunitException($"{dockerfile}: no HEALTHCHECK on http://127.0.0.1:<port>/...");
        var listenKey = assembly.EndsWith(".Silo", StringComparison.Ordinal) ? "Thaiyyal__HealthUrls" : "Urls";

        Assert.Contains(path, HealthPaths.All);
        Assert.Contains(port, image.ExposedPorts);
        Assert.True(image.Environment.TryGetValue(listenKey, out var urls), $"{dockerfile}: ENV {listenKey} not set, so nothing listens for the probe");
        Assert.Equal(port, ListenUrls.Port(urls));
    }

    [Fact]
    public void SiloDockerfile_ExposesTheSiloAndGatewayPortsTheSiloUsesByDefault()
    {
        var image = Load("Silo.Dockerfile");
        var defaults = new Thaiyyal.Grains.Hosting.ThaiyyalHostingOptions();

        Assert.Contains(defaults.SiloPort, image.ExposedPorts);
        Assert.Contains(defaults.GatewayPort, image.ExposedPorts);
    }

    [Theory]
    [InlineData("Silo.Dockerfile")]
    [InlineData("Client.Dockerfile")]
    public void Dockerfile_CopiesOnlyPathsThatExist(string dockerfile)
    {
        var image = Load(dockerfile);

        Assert.NotEmpty(image.CopiedSources);
        Assert.All(image.CopiedSources, source => Assert.True(
            File.Exists(Path.Combine(DeployFiles.RepositoryRoot, source)) || Directory.Exists(Path.Combine(DeployFiles.RepositoryRoot, source)),
            $"{dockerfile}: COPY {source} — no such path in the repository (the build context)"));
    }

    private static Dockerfile Load(string name) => Dockerfile.Load(Path.Combine(DeployFiles.DeployDirectory, "docker", name));
}
