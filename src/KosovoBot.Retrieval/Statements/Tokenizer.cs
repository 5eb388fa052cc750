using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Statements;

/// <summary>Cuts text into words and the punctuation that bounds phrases.</summary>
internal static partial class Tokenizer
{
    public static List<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            // "U.S." keeps its final dot so that a role such as "U.S. envoy" stays verbatim.
            var value = m.Value;
            var end = m.Index + value.Length;
            if (end < text.Length && text[end] == '.' && DottedAcronym().IsMatch(value))
            {
                value += ".";
            }

            if (tokens.Count > 0 && value == "." && tokens[^1].Index - offset + tokens[^1].Text.Length > m.Index)
            {
                continue; // the dot was taken by the acronym
            }

            tokens.Add(new Token(value, m.Index + offset));
        }

        return tokens;
    }

    // Words keep inner apostrophes, hyphens and dots between letters ("U.N", "Friday's", "mid-January").
    [GeneratedRegex(@"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’\-]|\.(?=\p{L}))*|[,;:()""“”.!?]")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^(?:\p{L}\.)+\p{L}$")]
    private static partial Regex DottedAcronym();
}
