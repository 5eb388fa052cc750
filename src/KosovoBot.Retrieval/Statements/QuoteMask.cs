namespace KosovoBot.Retrieval.Statements;

/// <summary>Marks which characters of a paragraph lie inside quotation marks.</summary>
internal static class QuoteMask
{
    /// <summary>True for characters inside a quotation; quotation marks themselves count as inside.</summary>
    public static bool[] Of(string paragraph)
    {
        var mask = new bool[paragraph.Length];
        var open = false;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var c = paragraph[i];
            if (c == '"')
            {
                mask[i] = true;
                open = !open;
                continue;
            }

            if (c == '“')
            {
                open = true;
            }

            mask[i] = open || c == '”';
            if (c == '”')
            {
                open = false;
            }
        }

        return mask;
    }

    /// <summary>True when <paramref name="c"/> is a double quotation mark.</summary>
    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”';
}
