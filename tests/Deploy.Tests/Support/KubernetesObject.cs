using YamlDotNet.RepresentationModel;

namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>One object of a Kubernetes manifest, with the file it came from.</summary>
public sealed record KubernetesObject(string File, YamlMappingNode Root)
{
    public string Kind => Root.Text("kind") ?? "";

    public string Name => Root.Map("metadata").Text("name") ?? "";

    public string? Namespace => Root.Map("metadata").Text("namespace");

    /// <summary>The pod template of a Deployment, StatefulSet or Job; null for other kinds.</summary>
    public YamlMappingNode? PodTemplate => Kind is "Deployment" or "StatefulSet" or "Job" ? Root.Map("spec").Map("template") : null;

    public YamlMappingNode? PodSpec => PodTemplate.Map("spec");

    public IReadOnlyDictionary<string, string> PodLabels => PodTemplate.Map("metadata").Pairs("labels");

    public IReadOnlyList<YamlNode> Containers => PodSpec.Items("containers");

    public override string ToString() => $"{File}: {Kind}/{Name}";
}
