using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Conversations;

/// <summary>Source-generated DataAnnotations validator for <see cref="ConversationOptions"/>.</summary>
[OptionsValidator]
internal sealed partial class ConversationOptionsValidator : IValidateOptions<ConversationOptions>;
