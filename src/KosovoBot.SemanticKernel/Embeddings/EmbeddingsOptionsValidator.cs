using Microsoft.Extensions.Options;

namespace KosovoBot.SemanticKernel.Embeddings;

/// <summary>Source-generated validation of <see cref="EmbeddingsOptions"/>' data annotations, run on start.</summary>
[OptionsValidator]
internal sealed partial class EmbeddingsOptionsValidator : IValidateOptions<EmbeddingsOptions>;
