using Orleans.Concurrency;
using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// Lists and verifies audit chains on any silo (client-mode API hosts have no store of their own), so reading a long
/// chain never holds up the chain's writer.
/// </summary>
[StatelessWorker]
public sealed class AuditQueryGrain(IAuditStore store) : Grain, IAuditQueryGrain
{
    internal const int VerifyBatch = 1_000;

    public Task<AuditPage> ListAsync(AuditQuery query)
    {
        RequireChain(query.Chain);
        return store.ListAsync(query, CancellationToken.None);
    }

    public async Task<AuditVerification> VerifyAsync(string chain)
    {
        RequireChain(chain);
        // The head first: entries written after it are not looked at, so appends during verification change nothing.
        var head = await GrainFactory.GetGrain<IAuditGrain>(chain).GetHeadAsync();
        var result = await VerifyThroughAsync(chain, head);
        if (!result.Ok && result.Reason == AuditBreaks.SeqGap)
        {
            // Retention may have moved the checkpoint past the first rows while they were read: verify once more from it.
            var again = await VerifyThroughAsync(chain, head);
            if (again.CheckpointSeq != result.CheckpointSeq)
            {
                return again;
            }
        }
        return result;
    }

    private async Task<AuditVerification> VerifyThroughAsync(string chain, AuditHead head)
    {
        var checkpoint = (await store.LoadAsync(chain, CancellationToken.None)).Checkpoint;
        var verifier = new AuditChainVerifier(checkpoint?.Seq ?? 0, checkpoint?.Hash);
        var after = verifier.LastSeq;
        while (!verifier.IsBroken && after < head.Seq)
        {
            var entries = await store.ReadAsync(chain, after, head.Seq, VerifyBatch, CancellationToken.None);
            foreach (var entry in entries)
            {
                if (!verifier.Add(entry))
                {
                    break;
                }
            }
            if (entries.Count < VerifyBatch)
            {
                break;
            }
            after = entries[^1].Seq;
        }
        return verifier.Finish(head);
    }

    private static void RequireChain(string chain)
    {
        if (!AuditChains.IsValid(chain))
        {
            throw new ArgumentException($"'{chain}' is not an audit chain: a tenant id or {AuditChains.Installation}.", nameof(chain));
        }
    }
}
