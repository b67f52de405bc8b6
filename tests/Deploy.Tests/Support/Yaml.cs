using YamlDotNet.RepresentationModel;

namespace Thaiyyal.Deploy.Tests.Support;

/// <summary>Small readers over YamlDotNet's node model; a missing key reads as null or empty.</summary>
public static class Yaml
{
    public static YamlNode? Get(this YamlNode? node, string key) =>
        node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public static YamlMappingNode? Map(this YamlNode? node, string key) => node.Get(key) as YamlMappingNode;

    public static string? Text(this YamlNode? node, string key) => (node.Get(key) as YamlScalarNode)?.Value;

    public static IReadOnlyList<YamlNode> Items(this YamlNode? node, string key) =>
        node.Get(key) is YamlSequenceNode list ? list.Children.ToList() : [];

    public static IReadOnlyList<string> Texts(this YamlNode? node, string key) =>
        node.Items(key).OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToList();

    /// <summary>A mapping's entries as text (scalars only), e.g. labels or Compose's environment map.</summary>
    public static IReadOnlyDictionary<string, string> Pairs(this YamlNode? node, string key) =>
        node.Map(key)?.Children
            .Where(c => c.Key is YamlScalarNode && c.Value is YamlScalarNode)
            .ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value ?? "", StringComparer.Ordinal)
        ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public static IEnumerable<(string Key, YamlNode Value)> Entries(this YamlNode? node) =>
        node is YamlMappingNode map
            ? map.Children.Where(c => c.Key is YamlScalarNode).Select(c => (((YamlScalarNode)c.Key).Value!, c.Value))
            : [];
}
