using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Answering;

/// <summary>Source-generated validation of <see cref="LlmOptions"/>' data annotations, run on start.</summary>
[OptionsValidator]
internal sealed partial class LlmOptionsValidator : IValidateOptions<LlmOptions>;
