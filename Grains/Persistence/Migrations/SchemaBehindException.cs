namespace Thaiyyal.Grains.Persistence.Migrations;

/// <summary>Thrown at start-up when the PostgreSQL schema lacks migrations this build needs.</summary>
public sealed class SchemaBehindException : Exception
{
    public const string MigrateCommand = "dotnet run --project Silo -- migrate";

    public SchemaBehindException()
    {
    }

    public SchemaBehindException(string message)
        : base(message)
    {
    }

    public SchemaBehindException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal static SchemaBehindException For(SchemaStatus status)
    {
        return new SchemaBehindException(
            $"The Thaiyyal PostgreSQL schema is behind this build: {status.Pending.Count} migration(s) not applied " +
            $"({string.Join(", ", status.Pending.Select(m => m.Name))}). " +
            $"Apply the migrations with `{MigrateCommand}` (with the same ConnectionStrings:Thaiyyal), then start again.");
    }
}
