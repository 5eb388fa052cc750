namespace KosovoBot.Slack.Dispatch;

/// <summary>Reads the private-answer flag of <c>/ask</c>: <c>-p</c> or <c>--private</c> before the question.</summary>
internal static class PrivateFlag
{
    /// <summary>True when <paramref name="text"/> starts with the flag; <paramref name="question"/> is the rest (or the text).</summary>
    public static bool TryStrip(string text, out string question)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.TrimStart();
        foreach (var flag in (ReadOnlySpan<string>)["-p", "--private"])
        {
            if (trimmed.StartsWith(flag, StringComparison.OrdinalIgnoreCase)
                && (trimmed.Length == flag.Length || char.IsWhiteSpace(trimmed[flag.Length])))
            {
                question = trimmed[flag.Length..].Trim();
                return true;
            }
        }

        question = text;
        return false;
    }
}
