using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Audit;

namespace Thaiyyal.Grains.Tests.Audit;

/// <summary>Records and sealed chains for the audit tests.</summary>
internal static class AuditChainsForTests
{
    public static readonly DateTimeOffset Start = new(2026, 12, 7, 21, 0, 0, TimeSpan.Zero);

    public static AuditRecord Record(int i, DateTimeOffset? time = null) =>
        new(time ?? Start.AddSeconds(i), $"key:k{i % 3}", "POST /api/v1/runs/{runId}/cancel", $"runId=r-{i}", 200 + i, "127.0.0.1", $"req-{i}")
        {
            TraceId = i % 2 == 0 ? null : $"{i:x32}",
        };

    /// <summary>A chain of <paramref name="count"/> entries sealed one after the other from the genesis.</summary>
    public static List<AuditEntry> Chain(string chain, int count)
    {
        var entries = new List<AuditEntry>();
        var head = new AuditHead(0, AuditHashing.Genesis);
        for (var i = 1; i <= count; i++)
        {
            var entry = AuditHashing.Seal(chain, head, Record(i));
            entries.Add(entry);
            head = new AuditHead(entry.Seq, entry.Hash);
        }
        return entries;
    }

    public static AuditVerification Verify(IEnumerable<AuditEntry> entries, AuditHead? head = null, long startSeq = 0, string? startHash = null)
    {
        var verifier = new AuditChainVerifier(startSeq, startHash);
        foreach (var entry in entries)
        {
            if (!verifier.Add(entry))
            {
                break;
            }
        }
        return verifier.Finish(head);
    }
}
