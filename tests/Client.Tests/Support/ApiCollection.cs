namespace Thaiyyal.Client.Tests.Support;

/// <summary>Tests sharing one host (one embedded silo); each uses its own runs.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ThaiyyalApiFactory>
{
    public const string Name = "Api";
}
