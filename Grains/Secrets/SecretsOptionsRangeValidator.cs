using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Secrets;

/// <summary>The <see cref="SecretsOptions"/> range attributes, checked by generated code.</summary>
[OptionsValidator]
internal sealed partial class SecretsOptionsRangeValidator : IValidateOptions<SecretsOptions>;
