using System.Text;
using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// Rewrites chat spellings and one-letter typos of common question words ("b4", "wuz", "hav", "mny") to the words
/// they stand for, so that a question is classified and searched as it was meant. Only words the knowledge does not
/// use are touched, and only towards the generic question vocabulary: nothing here is about an article.
/// </summary>
internal static partial class QuestionWording
{
    private static readonly Dictionary<string, string> ChatSpellings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["b4"] = "before", ["bfore"] = "before", ["aftr"] = "after", ["wuz"] = "was", ["wuzn't"] = "wasn't", ["wat"] = "what",
        ["wut"] = "what", ["wht"] = "what", ["wen"] = "when", ["wher"] = "where", ["y"] = "why", ["hw"] = "how",
        ["u"] = "you", ["ur"] = "your", ["r"] = "are", ["da"] = "the", ["teh"] = "the", ["abt"] = "about", ["bc"] = "because",
        ["cuz"] = "because", ["coz"] = "because", ["ppl"] = "people", ["gov"] = "government", ["govt"] = "government",
        ["thx"] = "thanks", ["w/"] = "with", ["w/o"] = "without", ["smth"] = "something", ["tho"] = "though",
        ["rn"] = "right now", ["n"] = "and", ["bn"] = "been", ["shud"] = "should", ["cud"] = "could", ["wud"] = "would",
    };

    /// <summary>
    /// <paramref name="text"/> with chat spellings replaced, and each word of three to five letters that neither the
    /// knowledge (<paramref name="knows"/>) nor the question vocabulary has, but that is a dropped or swapped letter from exactly one
    /// question word (an auxiliary, pronoun or question word) of the same first letter, replaced by that word.
    /// </summary>
    public static string Normalise(string text, Func<string, bool> knows)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(knows);
        StringBuilder? result = null;
        var last = 0;
        foreach (Match match in Word().Matches(text))
        {
            var word = match.Value;
            var replacement = Replacement(word, knows);
            if (replacement is null)
            {
                continue;
            }

            result ??= new StringBuilder(text.Length + 16);
            result.Append(text, last, match.Index - last).Append(replacement);
            last = match.Index + match.Length;
        }

        return result is null ? text : result.Append(text, last, text.Length - last).ToString();
    }

    private static string? Replacement(string word, Func<string, bool> knows)
    {
        var lower = word.ToLowerInvariant();
        if (ChatSpellings.TryGetValue(lower, out var spelled))
        {
            return knows(lower) ? null : spelled;
        }

        if (lower.Length is < 3 or > 5 || !lower.All(char.IsLetter) || char.IsUpper(word[0]) && word.Length > 1 && word.Skip(1).Any(char.IsUpper)
            || knows(lower) || QuestionVocabulary.IsQuestionWord(lower))
        {
            return null;
        }

        string? found = null;
        foreach (var candidate in QuestionVocabulary.CommonWords)
        {
            // A dropped letter ("hav", "mny") or two swapped ones ("teh"); never a changed letter, which would turn
            // real words into others ("head" into "had").
            var dropped = candidate.Length == lower.Length + 1;
            var swapped = candidate.Length == lower.Length && candidate.Order().SequenceEqual(lower.Order());
            if (candidate[0] == lower[0] && (dropped || swapped) && EditDistance.Within(lower, candidate, 1))
            {
                if (found is not null && found != candidate)
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’/][\p{L}]+)*/?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
