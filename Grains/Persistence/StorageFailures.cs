using System.Data.Common;

namespace Thaiyyal.Grains.Persistence;

/// <summary>Recognises database failures in an exception chain (Orleans wraps a provider's exception in its own).</summary>
public static class StorageFailures
{
    /// <summary>The innermost-first database exception of <paramref name="exception"/>'s chain, if any.</summary>
    public static DbException? Find(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException db)
            {
                return db;
            }
        }
        return null;
    }

    /// <summary>
    /// A failure the same statement may not meet again: the driver's own verdict (a refused or broken connection, too
    /// many clients, a server shutting down, a serialization failure or deadlock, a command timeout).
    /// </summary>
    public static bool IsTransient(Exception exception) => Find(exception) is { IsTransient: true };
}
