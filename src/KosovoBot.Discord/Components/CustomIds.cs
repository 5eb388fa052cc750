namespace KosovoBot.Discord.Components;

/// <summary>
/// The <c>custom_id</c>s of the bot's buttons and form: an action and the question record it acts on, e.g.
/// <c>kb:up:RECORD</c>. Discord returns them unchanged in the interaction a press or a submit causes.
/// </summary>
internal static class CustomIds
{
    /// <summary>👍 on an answer.</summary>
    public const string Helpful = "up";

    /// <summary>👎 on an answer: stores it and opens the form.</summary>
    public const string NotHelpful = "down";

    /// <summary>"Share in channel" under a private answer.</summary>
    public const string Share = "share";

    /// <summary>The 👎 form.</summary>
    public const string Form = "why";

    /// <summary>The form's choice of what went wrong.</summary>
    public const string ProblemInput = "problem";

    /// <summary>The form's free text.</summary>
    public const string CommentInput = "comment";

    private const string Prefix = "kb:";
    private const int MaxLength = 100;

    /// <summary>The id for <paramref name="action"/> on <paramref name="recordId"/>, or null when it would pass Discord's 100 characters.</summary>
    public static string? For(string action, string recordId)
    {
        var id = $"{Prefix}{action}:{recordId}";
        return id.Length <= MaxLength ? id : null;
    }

    /// <summary>Reads an id this class made; false for anything else.</summary>
    public static bool TryParse(string? customId, out string action, out string recordId)
    {
        action = recordId = string.Empty;
        if (customId is null || !customId.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = customId.AsSpan(Prefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0 || colon == rest.Length - 1)
        {
            return false;
        }

        action = rest[..colon].ToString();
        recordId = rest[(colon + 1)..].ToString();
        return true;
    }
}
