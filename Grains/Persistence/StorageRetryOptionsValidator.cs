using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Persistence;

/// <summary>Checks <see cref="StorageRetryOptions"/> ranges at start-up.</summary>
[OptionsValidator]
internal sealed partial class StorageRetryOptionsValidator : IValidateOptions<StorageRetryOptions>;
