using Microsoft.Extensions.Options;

namespace Thaiyyal.Client.Api;

/// <summary>Checks <see cref="ApiOptions"/> ranges at start-up.</summary>
[OptionsValidator]
internal sealed partial class ApiOptionsValidator : IValidateOptions<ApiOptions>;
