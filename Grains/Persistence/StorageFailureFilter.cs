using Thaiyyal.Grains.Abstractions.Storage;

namespace Thaiyyal.Grains.Persistence;

/// <summary>
/// Turns a database exception leaving a grain call into <see cref="StorageUnavailableException"/>, which every caller
/// can receive. Without it a caller outside the silo gets only "could not find a codec" for the driver's exception,
/// and cannot tell a busy database (worth a retry) from a bug.
/// </summary>
internal sealed class StorageFailureFilter : IIncomingGrainCallFilter
{
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        try
        {
            await context.Invoke();
        }
        catch (Exception ex) when (ex is not StorageUnavailableException && StorageFailures.Find(ex) is { } db)
        {
            var sqlState = db.SqlState;
            throw new StorageUnavailableException(
                $"the state database failed the request{(sqlState is null ? "" : $" (SQLSTATE {sqlState})")}: {db.Message}",
                sqlState,
                db.IsTransient);
        }
    }
}
