using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Events;

/// <summary>Checks <see cref="RunEventOptions"/> at start-up.</summary>
[OptionsValidator]
internal sealed partial class RunEventOptionsValidator : IValidateOptions<RunEventOptions>;
