using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Thaiyyal.Grains.Abstractions.Audit;

namespace Thaiyyal.Grains.Audit;

/// <summary>
/// The chain's canonical form and hash. An entry's canonical form is UTF-8 text: the line <c>thaiyyal-audit/1</c>,
/// then one line per field in this fixed order — chain, seq, time, actor, action, target, outcome, client, request,
/// trace — each <c>name=LENGTH:VALUE</c> with LENGTH the value's UTF-8 byte count in decimal (so no value can imitate
/// a field boundary), or <c>name=-</c> for a missing value; every line ends with <c>\n</c>. Times are ISO 8601 UTC
/// with microseconds (<c>2026-12-07T23:40:01.123456Z</c>: what PostgreSQL's timestamptz keeps). The entry's hash is
/// SHA-256 over the previous entry's hash (its 32 bytes; 32 zero bytes before the first entry) followed by the
/// canonical form, written as lowercase hex.
/// </summary>
public static class AuditHashing
{
    public const string FormatVersion = "thaiyyal-audit/1";

    /// <summary>The "previous hash" of a chain's first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The time as the chain keeps it: UTC, truncated to whole microseconds.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.UtcTicks - (utc.UtcTicks % 10), TimeSpan.Zero);
    }

    public static string FormatTime(DateTimeOffset time) =>
        Normalize(time).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The chain's next entry: <paramref name="record"/> at <c>previous.Seq + 1</c>, linked to and hashed over <paramref name="previous"/>.</summary>
    public static AuditEntry Seal(string chain, AuditHead previous, AuditRecord record)
    {
        var unsealed = new AuditEntry(
            chain, previous.Seq + 1, Normalize(record.Time), record.Actor, record.Action, record.Target, record.Outcome,
            record.ClientAddress, record.RequestId, record.TraceId, previous.Hash, Hash: string.Empty);
        return unsealed with { Hash = HashOf(unsealed, previous.Hash) };
    }

    /// <summary>The hash <paramref name="entry"/> must carry when the entry before it has <paramref name="previousHash"/>.</summary>
    public static string HashOf(AuditEntry entry, string previousHash)
    {
        var previous = ParseHash(previousHash);
        var canonical = CanonicalForm(entry);
        var input = new byte[previous.Length + canonical.Length];
        previous.CopyTo(input, 0);
        canonical.CopyTo(input, previous.Length);
        return Convert.ToHexStringLower(SHA256.HashData(input));
    }

    public static byte[] CanonicalForm(AuditEntry entry)
    {
        var text = new StringBuilder(256);
        text.Append(FormatVersion).Append('\n');
        Field(text, "chain", entry.Chain);
        Field(text, "seq", entry.Seq.ToString(CultureInfo.InvariantCulture));
        Field(text, "time", FormatTime(entry.Time));
        Field(text, "actor", entry.Actor);
        Field(text, "action", entry.Action);
        Field(text, "target", entry.Target);
        Field(text, "outcome", entry.Outcome.ToString(CultureInfo.InvariantCulture));
        Field(text, "client", entry.ClientAddress);
        Field(text, "request", entry.RequestId);
        Field(text, "trace", entry.TraceId);
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
        {
            text.Append('-');
        }
        else
        {
            text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
        }
        text.Append('\n');
    }

    /// <summary>A stored hash as bytes; anything but 64 hex digits (an edited hash column) counts as all zeros, which no real hash is.</summary>
    private static byte[] ParseHash(string hash)
    {
        if (hash.Length == 64)
        {
            try
            {
                return Convert.FromHexString(hash);
            }
            catch (FormatException)
            {
            }
        }
        return new byte[32];
    }
}
