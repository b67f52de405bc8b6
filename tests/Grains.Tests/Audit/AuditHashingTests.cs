using System.Security.Cryptography;
using System.Text;
using Thaiyyal.Grains.Abstractions.Audit;
using Thaiyyal.Grains.Audit;

namespace Thaiyyal.Grains.Tests.Audit;

/// <summary>The canonical form and hash each audit entry is sealed with.</summary>
public sealed class AuditHashingTests
{
    private static AuditEntry Entry(string actor = "jwt:ana", string? trace = null) =>
        new("acme", 7, new DateTimeOffset(2026, 12, 7, 23, 40, 1, 123, 456, TimeSpan.FromHours(5.5)).AddTicks(7), actor,
            "POST /api/v1/runs/{runId}/cancel", "runId=r-1", 204, "::1", "0HN:00000001", trace, AuditHashing.Genesis, "");

    [Fact]
    public void CanonicalForm_FixedOrderLengthPrefixedUtf8_UtcMicroseconds()
    {
        var text = Encoding.UTF8.GetString(AuditHashing.CanonicalForm(Entry(actor: "jwt:zoë")));

        Assert.Equal(
            "thaiyyal-audit/1\n" +
            "chain=4:acme\n" +
            "seq=1:7\n" +
            "time=27:2026-12-07T18:10:01.123456Z\n" +
            "actor=8:jwt:zoë\n" + // 7 characters, 8 UTF-8 bytes
            "action=32:POST /api/v1/runs/{runId}/cancel\n" +
            "target=9:runId=r-1\n" +
            "outcome=3:204\n" +
            "client=3:::1\n" +
            "request=12:0HN:00000001\n" +
            "trace=-\n",
            text);
    }

    [Fact]
    public void CanonicalForm_ValueImitatingAFieldBoundary_DiffersFromTheRealFields()
    {
        // Without length prefixes, actor "a\ntarget=x" with an empty target would read like actor "a" with target "x".
        var forged = Entry(actor: "a\naction=32:POST /api/v1/runs/{runId}/cancel\ntarget=9:runId=r-1");
        var honest = Entry(actor: "a");

        Assert.NotEqual(AuditHashing.CanonicalForm(honest), AuditHashing.CanonicalForm(forged));
    }

    [Fact]
    public void HashOf_IsSha256OverPreviousHashBytesThenCanonicalForm()
    {
        var previous = Convert.ToHexStringLower(SHA256.HashData("previous"u8));
        var entry = Entry() with { PrevHash = previous };

        var expected = Convert.ToHexStringLower(SHA256.HashData([.. Convert.FromHexString(previous), .. AuditHashing.CanonicalForm(entry)]));

        Assert.Equal(expected, AuditHashing.HashOf(entry, previous));
        Assert.Matches("^[0-9a-f]{64}$", expected);
    }

    [Fact]
    public void Seal_NextEntry_LinksToHeadAndCarriesItsOwnHash()
    {
        var head = new AuditHead(41, Convert.ToHexStringLower(SHA256.HashData("41"u8)));

        var entry = AuditHashing.Seal("acme", head, AuditChainsForTests.Record(1, new DateTimeOffset(2026, 12, 7, 23, 0, 0, TimeSpan.Zero).AddTicks(19)));

        Assert.Equal(42, entry.Seq);
        Assert.Equal(head.Hash, entry.PrevHash);
        Assert.Equal(AuditHashing.HashOf(entry, head.Hash), entry.Hash);
        Assert.Equal(10, entry.Time.UtcTicks % TimeSpan.TicksPerSecond); // kept to the microsecond, as PostgreSQL does
        Assert.Equal(TimeSpan.Zero, entry.Time.Offset);
    }

    [Fact]
    public void HashOf_AnyFieldChanged_ChangesTheHash()
    {
        var entry = Entry();
        var original = AuditHashing.HashOf(entry, AuditHashing.Genesis);
        AuditEntry[] changed =
        [
            entry with { Chain = "other" }, entry with { Seq = 8 }, entry with { Time = entry.Time.AddTicks(10) },
            entry with { Actor = "jwt:eve" }, entry with { Action = "DELETE /api/v1/workflows/{id}" }, entry with { Target = "runId=r-2" },
            entry with { Outcome = 200 }, entry with { ClientAddress = null }, entry with { RequestId = "other" }, entry with { TraceId = "" },
        ];

        foreach (var other in changed)
        {
            Assert.NotEqual(original, AuditHashing.HashOf(other, AuditHashing.Genesis));
        }
        Assert.NotEqual(original, AuditHashing.HashOf(entry, new string('1', 64)));
    }
}
