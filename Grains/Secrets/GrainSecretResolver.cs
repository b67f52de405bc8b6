using Thaiyyal.Grains.Abstractions.Secrets;
using Thaiyyal.Grains.Engine.Secrets;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// The engine's <see cref="ISecretResolver"/> in a silo: the tenant's secrets grain gives the encrypted value, which
/// is decrypted here, where the node runs. The plaintext is never written anywhere.
/// </summary>
public sealed class GrainSecretResolver(IGrainFactory grains, ISecretProtector protector) : ISecretResolver
{
    public async ValueTask<string?> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken) =>
        await grains.GetGrain<ISecretsGrain>(tenantId).FindProtectedAsync(name) is { } stored ? protector.Unprotect(tenantId, name, stored) : null;
}
