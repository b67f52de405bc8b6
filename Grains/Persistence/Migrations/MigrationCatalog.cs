using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Thaiyyal.Grains.Persistence.Migrations;

/// <summary>The migrations embedded in this assembly (from <c>deploy/sql/*.sql</c>), in order.</summary>
public static class MigrationCatalog
{
    private const string ResourcePrefix = "Thaiyyal.Migrations.";

    private static readonly Lazy<IReadOnlyList<SchemaMigration>> Embedded = new(LoadEmbedded);

    public static IReadOnlyList<SchemaMigration> All => Embedded.Value;

    /// <summary>The embedded migrations up to and including <paramref name="version"/>: a database as an older build left it.</summary>
    public static IReadOnlyList<SchemaMigration> UpTo(int version) => [.. All.Where(m => m.Version <= version)];

    /// <summary>Builds a migration from a file name (<c>NNNN_name.sql</c>) and its text.</summary>
    public static SchemaMigration Create(string fileName, string sql)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        var separator = name.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(name.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration file '{fileName}' must be named NNNN_name.sql.");
        }
        return new SchemaMigration(version, name, sql, ChecksumOf(sql));
    }

    public static string ChecksumOf(string sql)
    {
        // Line endings differ between checkouts (core.autocrlf); the same migration must keep the same checksum.
        var normalised = sql.Replace("\r\n", "\n", StringComparison.Ordinal);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }

    private static List<SchemaMigration> LoadEmbedded()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = new List<SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            migrations.Add(Create(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        var duplicate = migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two migrations share version {duplicate.Key}: {string.Join(", ", duplicate.Select(m => m.Name))}.");
        }
        return migrations;
    }
}
