using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Commands;

/// <summary>Reads a typed command such as <c>/quote Appathurai</c> from a plain message.</summary>
public static class TextCommand
{
    /// <summary>The word admins type for <see cref="ChatCommandName.Manage"/>.</summary>
    public const string ManageWord = "kosovobot";

    /// <summary>
    /// True when <paramref name="text"/> starts with <c>/</c>. <paramref name="name"/> is the command, or null
    /// when the word is not a command; <paramref name="argument"/> is the rest of the text.
    /// </summary>
    public static bool TryParse(string text, out ChatCommandName? name, out string argument)
    {
        ArgumentNullException.ThrowIfNull(text);
        name = null;
        argument = string.Empty;
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/' || !char.IsLetter(trimmed[1]))
        {
            return false;
        }

        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        var word = space < 0 ? trimmed[1..] : trimmed[1..space];
        argument = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        name = string.Equals(word, ManageWord, StringComparison.OrdinalIgnoreCase) ? ChatCommandName.Manage
            : Enum.TryParse<ChatCommandName>(word, ignoreCase: true, out var parsed) && !int.TryParse(word, out _) ? parsed
            : null;
        return true;
    }
}
