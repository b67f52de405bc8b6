using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Engine.Execution;

/// <summary>Source-generated, reflection-free check of the <see cref="EngineLimits"/> ranges at start-up.</summary>
[OptionsValidator]
internal sealed partial class EngineLimitsValidator : IValidateOptions<EngineLimits>;
