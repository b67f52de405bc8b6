using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Runs;

/// <summary>Checks <see cref="RunOptions"/> ranges at start-up.</summary>
[OptionsValidator]
internal sealed partial class RunOptionsValidator : IValidateOptions<RunOptions>;
