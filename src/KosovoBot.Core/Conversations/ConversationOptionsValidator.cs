using Microsoft.Extensions.Options;

namespace KosovoBot.Core.Conversations;

/// <summary>Checks <see cref="ConversationOptions"/>, naming each setting as the user writes it.</summary>
internal sealed class ConversationOptionsValidator : IValidateOptions<ConversationOptions>
{
    private static readonly TimeSpan MinTtl = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan MaxTtl = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ConversationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxTurns is < 1 or > 50)
        {
            failures.Add("Conversation:MaxTurns must be between 1 and 50.");
        }

        if (options.Ttl < MinTtl || options.Ttl > MaxTtl)
        {
            failures.Add("Conversation:Ttl must be between 1 second and 1 day (hh:mm:ss).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
