using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Audit;

/// <summary>Checks <see cref="AuditOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class AuditOptionsValidator : IValidateOptions<AuditOptions>;
