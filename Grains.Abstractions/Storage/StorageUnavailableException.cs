namespace Thaiyyal.Grains.Abstractions.Storage;

/// <summary>
/// The state database refused or failed a grain's read or write. It replaces the database driver's own exception at
/// the grain boundary: that one cannot cross the wire (Orleans has no codec for it), so a caller would only see a
/// serialization error. <see cref="Transient"/> says whether the same request may succeed when tried again.
/// </summary>
[GenerateSerializer, Alias("thaiyyal.StorageUnavailableException")]
public sealed class StorageUnavailableException : OrleansException
{
    public StorageUnavailableException()
    {
    }

    public StorageUnavailableException(string message, string? sqlState, bool transient)
        : base(message)
    {
        SqlState = sqlState;
        Transient = transient;
    }

    /// <summary>The PostgreSQL error code (e.g. <c>53300</c>, too many connections), when the server gave one.</summary>
    [Id(0)]
    public string? SqlState { get; private set; }

    [Id(1)]
    public bool Transient { get; private set; }
}
