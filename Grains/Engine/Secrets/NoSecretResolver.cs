namespace Thaiyyal.Grains.Engine.Secrets;

/// <summary>The pure engine's resolver: no secrets exist, so every reference fails its node naming the secret.</summary>
public sealed class NoSecretResolver : ISecretResolver
{
    public ValueTask<string?> ResolveAsync(string tenantId, string name, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
