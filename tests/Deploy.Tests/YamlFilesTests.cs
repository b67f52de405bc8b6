using Thaiyyal.Deploy.Tests.Support;

namespace Thaiyyal.Deploy.Tests;

public sealed class YamlFilesTests
{
    public static TheoryData<string> Files() => [.. DeployFiles.AllYaml().Select(f => Path.GetRelativePath(DeployFiles.RepositoryRoot, f))];

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryYamlFileUnderDeploy_ParsesIntoMappingDocuments(string file)
    {
        var documents = DeployFiles.LoadDocuments(Path.Combine(DeployFiles.RepositoryRoot, file));

        Assert.NotEmpty(documents);
    }

    [Fact]
    public void DeployFolder_HasTheComposeFileAndKubernetesManifests()
    {
        var files = DeployFiles.AllYaml().Select(f => Path.GetRelativePath(DeployFiles.DeployDirectory, f).Replace('\\', '/')).ToList();

        Assert.Contains("docker-compose.yml", files);
        Assert.Contains(files, f => f.StartsWith("kubernetes/", StringComparison.Ordinal));
    }
}
