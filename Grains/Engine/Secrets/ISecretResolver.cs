namespace Thaiyyal.Grains.Engine.Secrets;

/// <summary>
/// Gives a node the plaintext of a tenant's secret at execution, and only there (<c>{{secret:NAME}}</c> references,
/// see <see cref="SecretReferences"/>). The engine's default knows no secrets; a host in a cluster resolves through
/// the tenant's secrets grain.
/// </summary>
public interface ISecretResolver
{
    /// <summary>The value, or null when the tenant has no secret of that name.</summary>
    ValueTask<string?> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken);
}
