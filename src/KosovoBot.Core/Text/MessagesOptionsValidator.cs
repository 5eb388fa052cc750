using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Text;

/// <summary>Checks that <see cref="MessagesOptions.Culture"/> names a translation that is built in.</summary>
internal sealed class MessagesOptionsValidator : IValidateOptions<MessagesOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MessagesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return MessageCultures.Find(options.Culture) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Messages:Culture: '{options.Culture}' has no built-in translation (available: {string.Join(", ", MessageCultures.Available())}).");
    }
}
