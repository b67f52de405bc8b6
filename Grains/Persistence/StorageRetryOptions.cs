using System.ComponentModel.DataAnnotations;

namespace Thaiyyal.Grains.Persistence;

/// <summary>How grain state reads and writes ride out a database that is briefly unavailable (section <c>Thaiyyal:StorageRetry</c>).</summary>
public sealed class StorageRetryOptions
{
    public const string SectionName = "Thaiyyal:StorageRetry";

    /// <summary>Tries after the first of a read or write that failed transiently; 0 turns retrying off.</summary>
    [Range(0, 20)]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first pause; each next one doubles, with jitter (4 retries from 200 ms wait about 3 s in all).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:30")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);
}
