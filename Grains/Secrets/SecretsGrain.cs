using Microsoft.Extensions.Options;
using Orleans.Runtime;
using Thaiyyal.Grains.Abstractions.Secrets;
using Thaiyyal.Grains.Runs;

namespace Thaiyyal.Grains.Secrets;

/// <summary>
/// A tenant's secrets (key: the tenant id). Values are encrypted here, on the silo, before they reach grain state; a
/// write is durable before it is acknowledged.
/// </summary>
public sealed class SecretsGrain(
    [PersistentState("secrets", ThaiyyalStorage.Runs)] IPersistentState<SecretsState> secrets,
    ISecretProtector protector,
    IOptions<SecretsOptions> options,
    TimeProvider clock) : Grain, ISecretsGrain
{
    private string TenantId => this.GetPrimaryKeyString();

    public async Task<SecretSetOutcome> SetAsync(string name, SecretValue value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value.Plaintext);
        if (!SecretNames.IsValid(name))
        {
            throw new ArgumentException(SecretNames.Problem(name), nameof(name));
        }
        var now = clock.GetUtcNow();
        var created = !secrets.State.Secrets.TryGetValue(name, out var entry);
        if (created && secrets.State.Secrets.Count >= options.Value.MaxSecretsPerTenant)
        {
            return SecretSetOutcome.LimitReached;
        }
        entry ??= new SecretEntry { CreatedAt = now };
        entry.ProtectedValue = protector.Protect(TenantId, name, value.Plaintext);
        entry.UpdatedAt = now;
        secrets.State.Secrets[name] = entry;
        await secrets.WriteStateAsync();
        return created ? SecretSetOutcome.Created : SecretSetOutcome.Updated;
    }

    public Task<IReadOnlyList<SecretInfo>> ListAsync() => Task.FromResult<IReadOnlyList<SecretInfo>>(
        secrets.State.Secrets.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new SecretInfo(s.Key, s.Value.CreatedAt, s.Value.UpdatedAt)).ToList());

    public async Task<bool> DeleteAsync(string name)
    {
        if (!secrets.State.Secrets.Remove(name))
        {
            return false;
        }
        await secrets.WriteStateAsync();
        return true;
    }

    public Task<string?> FindProtectedAsync(string name) => Task.FromResult(secrets.State.Secrets.GetValueOrDefault(name)?.ProtectedValue);
}
