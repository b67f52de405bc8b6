namespace Thaiyyal.Grains.Abstractions.Runs;

/// <summary>
/// Builds node grain keys: the run grain key (tenant and run id, see <c>TenantKeys</c>), then the node id. Tenant and
/// run ids never contain '/', node ids may, so the run key comes first.
/// </summary>
public static class NodeKeys
{
    public static string For(string runKey, string nodeId) => $"{runKey}/{nodeId}";
}
