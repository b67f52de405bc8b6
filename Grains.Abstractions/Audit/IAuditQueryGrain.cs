using Orleans.Concurrency;

namespace Thaiyyal.Grains.Abstractions.Audit;

/// <summary>Reads and verifies audit chains from wherever they are stored, on any silo. Key: 0.</summary>
[Alias("thaiyyal.IAuditQueryGrain")]
public interface IAuditQueryGrain : IGrainWithIntegerKey
{
    [Alias("List"), ReadOnly]
    Task<AuditPage> ListAsync(AuditQuery query);

    [Alias("Verify"), ReadOnly]
    Task<AuditVerification> VerifyAsync(string chain);
}
