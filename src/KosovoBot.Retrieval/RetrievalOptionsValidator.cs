using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval;

/// <summary>Source-generated DataAnnotations validator for <see cref="RetrievalOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class RetrievalOptionsValidator : IValidateOptions<RetrievalOptions>;
