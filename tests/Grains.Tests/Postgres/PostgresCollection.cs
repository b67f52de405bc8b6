namespace Thaiyyal.Grains.Tests.Postgres;

/// <summary>Tests against the one throwaway PostgreSQL server of <see cref="PostgresFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "Postgres";
}
