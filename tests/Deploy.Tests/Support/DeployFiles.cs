using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>The files under <c>deploy/</c> of this repository, read from the source tree (not from build output).</summary>
public static class DeployFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string DeployDirectory => Path.Combine(RepositoryRoot, "deploy");

    public static string ComposePath => Path.Combine(DeployDirectory, "docker-compose.yml");

    public static string KubernetesDirectory => Path.Combine(DeployDirectory, "kubernetes");

    /// <summary>Every YAML file under deploy/, without installed tool packages.</summary>
    public static IReadOnlyList<string> AllYaml() =>
        Directory.EnumerateFiles(DeployDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The documents of a YAML file, with merge keys (<c>&lt;&lt;: *anchor</c>) resolved as Compose resolves them.</summary>
    public static IReadOnlyList<YamlMappingNode> LoadDocuments(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(new MergingParser(new Parser(reader)));
        return stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>().ToList();
    }

    public static YamlMappingNode LoadCompose() => LoadDocuments(ComposePath).Single();

    /// <summary>Every Kubernetes object of deploy/kubernetes (the kustomization file is not one).</summary>
    public static IReadOnlyList<KubernetesObject> LoadKubernetes() =>
        Directory.EnumerateFiles(KubernetesDirectory, "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => LoadDocuments(file).Select(root => new KubernetesObject(Path.GetFileName(file), root)))
            .Where(o => o.Kind != "Kustomization")
            .ToList();

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Thaiyyal.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("Thaiyyal.sln not found above " + AppContext.BaseDirectory);
    }
}
