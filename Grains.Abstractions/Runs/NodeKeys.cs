namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>Builds node grain keys. Run ids never contain '/', node ids may, so the run id comes first.</summary>
public static class NodeKeys
{
    public static string For(string runId, string nodeId) => $"{runId}/{nodeId}";
}
