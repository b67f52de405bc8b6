using Microsoft.Extensions.Options;

namespace Thaiyyal.Grains.Engine.Http;

/// <summary>Source-generated, reflection-free check of the <see cref="HttpNodeOptions"/> ranges at start-up.</summary>
[OptionsValidator]
internal sealed partial class HttpNodeOptionsValidator : IValidateOptions<HttpNodeOptions>;
