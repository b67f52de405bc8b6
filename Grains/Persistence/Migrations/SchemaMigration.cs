namespace Thaiyyal.Grains.Persistence.Migrations;

/// <summary>One ordered SQL file of <c>deploy/sql</c>: <c>NNNN_name.sql</c>.</summary>
/// <param name="Version">The number before the first underscore; migrations apply in ascending order.</param>
/// <param name="Name">The file name without extension, e.g. <c>0001_orleans_main</c>.</param>
/// <param name="Sql">The file's text.</param>
/// <param name="Checksum">SHA-256 of the text with line endings normalised, recorded when applied.</param>
public sealed record SchemaMigration(int Version, string Name, string Sql, string Checksum);
