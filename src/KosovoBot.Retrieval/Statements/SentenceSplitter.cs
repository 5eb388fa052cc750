using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Statements;

/// <summary>Cuts a paragraph into sentences, keeping each sentence an exact span of the paragraph.</summary>
/// <remarks>
/// A sentence ends at <c>.</c>, <c>!</c> or <c>?</c> (plus any closing quotation marks or brackets) followed by
/// white space and a capital letter, a digit or an opening quotation mark. Dotted acronyms ("U.N.", "U.S."),
/// initials ("J.") and common English abbreviations ("Mr.", "Dec.") do not end a sentence; numbers such as
/// "16,000" or "3.5" never contain a boundary because no white space follows their punctuation.
/// </remarks>
public static partial class SentenceSplitter
{
    // Case matters: "No. 1" is an abbreviation, "the answer was no." ends a sentence.
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep", "Gov",
        "Pres", "Amb", "Rev", "St", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "vs", "etc", "approx", "Jan",
        "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon", "Tue", "Wed", "Thu",
        "Fri", "Sat", "Sun", "Mt", "Ft",
    };

    /// <summary>The sentences of <paramref name="paragraph"/>, in order, each trimmed of surrounding white space.</summary>
    /// <param name="paragraph">One body paragraph.</param>
    /// <returns>The sentences.</returns>
    public static IReadOnlyList<string> Split(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<string>();
        var start = 0;
        foreach (Match m in Boundary().Matches(paragraph))
        {
            var end = m.Index + m.Groups["end"].Length;
            var word = LastWord(paragraph, m.Index);
            if (IsAbbreviation(word))
            {
                continue;
            }

            Add(sentences, paragraph[start..end]);
            start = end;
        }

        Add(sentences, paragraph[start..]);
        return sentences;
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    private static string LastWord(string text, int periodIndex)
    {
        var i = periodIndex;
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('"' or '“' or '(' or '\''))
        {
            i--;
        }

        return text[i..periodIndex];
    }

    private static bool IsAbbreviation(string word) =>
        Abbreviations.Contains(word)
        || (word.Length == 1 && char.IsUpper(word[0])) // an initial: "J. Smith"
        || DottedAcronym().IsMatch(word);

    // The terminal punctuation, any closing quotes/brackets, then white space and what starts a sentence.
    [GeneratedRegex("""(?<end>[.!?]["”’')\]]*)(?=\s+["“‘(]?[\p{Lu}\p{N}])""")]
    private static partial Regex Boundary();

    // "U.N" / "U.S" (the final dot is the boundary candidate itself).
    [GeneratedRegex(@"^(\p{L}\.)+\p{L}$")]
    private static partial Regex DottedAcronym();
}
