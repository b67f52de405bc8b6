using Microsoft.Extensions.Options;
using Thaiyyal.Grains.Abstractions.Runs;
using Thaiyyal.Grains.Abstractions.Tenancy;
using Thaiyyal.Grains.Cluster;
using Thaiyyal.Grains.Engine.Execution;
using Thaiyyal.Grains.Engine.Nodes;

namespace Thaiyyal.Client.Runs;

/// <summary>
/// Validates and starts runs, and waits for them; shared by the HTTP API and the CLI. Every run belongs to a tenant
/// (the API passes its caller's; the CLI tenant <c>default</c>): its grain key is <c>TenantKeys.For(tenant, runId)</c>,
/// so another tenant's run id names a run that does not exist. Snapshots carry the bare run id.
/// </summary>
public sealed class RunLauncher(IGrainFactory grains, NodeCatalog catalog, IOptions<EngineLimits> limits, TimeProvider clock, LocalRegion region)
{
    /// <summary>A single grain wait stays well below Orleans' response timeout; longer waits loop.</summary>
    private static readonly TimeSpan WaitSlice = TimeSpan.FromSeconds(10);

    /// <summary>Tries of a start the cluster rejected before the error reaches the caller.</summary>
    private const int StartAttempts = 4;

    /// <summary>
    /// Checks the workflow and inputs; throws <see cref="RunRejectedException"/>. <paramref name="strict"/> adds the native
    /// API's checks (known types, edges between existing nodes, limits) on top of the reference's decoding.
    /// </summary>
    public PreparedRun Validate(string workflowJson, string? inputsJson, bool strict) =>
        PreparedRun.Prepare(workflowJson, inputsJson, catalog, limits.Value, strict);

    /// <summary>
    /// Validates, then starts a run of <paramref name="tenantId"/> with its home region <paramref name="homeRegion"/> (null: this host's region).
    /// Nothing is created when validation fails.
    /// </summary>
    /// <remarks>
    /// With an <paramref name="idempotencyKey"/> the run id comes from the key, so the same request sent again returns
    /// the run the first made; another request under the same key throws <see cref="RunIdInUseException"/>. Keys are
    /// scoped to the tenant: the run id lives under the tenant's key, so two tenants' equal keys name different runs.
    /// </remarks>
    public async Task<RunSnapshot> StartAsync(
        string tenantId, string workflowJson, string? inputsJson, bool strict, string? homeRegion = null, string? idempotencyKey = null)
    {
        Validate(workflowJson, inputsJson, strict);
        var home = homeRegion ?? region.Name;
        var command = new StartRun(workflowJson, inputsJson,
            RequestHash: idempotencyKey is null ? null : IdempotencyKeys.Digest(workflowJson, inputsJson));
        var run = Run(tenantId, IdempotencyKeys.RunId("runs", idempotencyKey, home));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await run.StartAsync(command);
            }
            catch (Exception ex) when (ex is OrleansException or TimeoutException && attempt < StartAttempts)
            {
                // A cluster that is changing (a silo joining or dying) may reject the call, and a busy database may
                // refuse the start's writes (StorageUnavailableException is an OrleansException; a failed start leaves
                // no run behind). The same run id is tried again: a repeated start is a no-op, so a start that did get
                // through is never made twice.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), clock);
            }
        }
    }

    public Task<RunSnapshot> GetAsync(string tenantId, string runId) => Run(tenantId, runId).GetSnapshotAsync();

    public Task<RunSnapshot> CancelAsync(string tenantId, string runId, string reason) => Run(tenantId, runId).CancelAsync(reason);

    public Task<SignalReceipt> SignalAsync(string tenantId, string runId, string name, string payloadJson, string? idempotencyKey = null) =>
        Run(tenantId, runId).SignalAsync(name, payloadJson, idempotencyKey);

    /// <summary>Waits until the run ends or <paramref name="maxWait"/> passes.</summary>
    public async Task<RunSnapshot> WaitAsync(string tenantId, string runId, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        var grain = Run(tenantId, runId);
        var until = clock.GetUtcNow() + maxWait;
        while (true)
        {
            var remaining = until - clock.GetUtcNow();
            var snapshot = await grain.WaitForCompletionAsync(remaining < WaitSlice ? remaining : WaitSlice);
            if (snapshot.IsTerminal || remaining <= TimeSpan.Zero || snapshot.Status == RunSnapshot.UnknownStatus)
            {
                return snapshot;
            }
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    private IRunGrain Run(string tenantId, string runId) => grains.GetGrain<IRunGrain>(TenantKeys.For(tenantId, runId));
}
