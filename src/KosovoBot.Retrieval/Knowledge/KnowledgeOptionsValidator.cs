using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>Source-generated validation of <see cref="KnowledgeOptions"/> from its data annotations.</summary>
[OptionsValidator]
public sealed partial class KnowledgeOptionsValidator : IValidateOptions<KnowledgeOptions>;
