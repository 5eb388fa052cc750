namespace KosovoBot.ConsoleChat;

/// <summary>Makes text safe to print on a terminal.</summary>
internal static class TerminalText
{
    /// <summary>
    /// Drops control characters (escape sequences start with one) except line breaks and tabs, so that text typed
    /// by a user and echoed back, or read from an article, cannot move the cursor, retitle or clear the terminal.
    /// </summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Any(IsUnsafe) ? string.Concat(text.Where(c => !IsUnsafe(c))) : text;
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) && c is not '\n' and not '\r' and not '\t';
}
