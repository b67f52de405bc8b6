namespace Thaiyyal.Grains.Persistence.Migrations;

/// <summary>How a database's schema compares with the migrations this build carries.</summary>
/// <param name="Pending">Migrations not yet applied, in order.</param>
/// <param name="Altered">Applied migrations whose file changed since (checksum differs).</param>
/// <param name="Unknown">Versions recorded in the database that this build does not carry (a newer build migrated it).</param>
public sealed record SchemaStatus(
    IReadOnlyList<SchemaMigration> Pending,
    IReadOnlyList<SchemaMigration> Altered,
    IReadOnlyList<int> Unknown)
{
    /// <summary>Every migration this build carries is applied (an altered one is for <c>migrate</c> to report, not a reason to stop).</summary>
    public bool IsCurrent => Pending.Count == 0;
}
