using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Dates;

/// <summary>
/// Reads which way in time the clause around a date expression points, from the words nearest to it.
/// </summary>
/// <remarks>
/// The words before the expression are read back to the start of its clause (a comma, semicolon or a
/// conjunction such as "that", "and", "but"); the first word that marks a time decides: a future or an
/// arrangement ("will", "would", "is due", "expected", "invited ... to"), a past tense ("said", "walked",
/// "was"), a present ("is", "comes"). When nothing before it decides, the words after it to the end of the
/// clause are read the same way. A limit ("until", "by") just before the expression points ahead when no tense does.
/// </remarks>
public static partial class TenseReader
{
    private const int Window = 240;

    /// <summary>What the clause around <c>sentence[index..index+length]</c> says about time, with the word that decided.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="index">Where the date expression starts.</param>
    /// <param name="length">Its length.</param>
    /// <returns>The reference and the deciding word (empty when unmarked).</returns>
    public static (TimeReference Reference, string Word) Read(string sentence, int index, int length)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        // A clause is short: reading at most Window characters either side keeps a long run-on text linear.
        var from = Math.Max(0, index - Window);
        var end = Math.Min(sentence.Length, index + length);
        var before = Words().Matches(sentence[from..index]).Select(static m => m.Value).ToList();
        var after = Words().Matches(sentence[end..Math.Min(sentence.Length, end + Window)]).Select(static m => m.Value).ToList();
        var limit = before.Count > 0 && TenseVocabulary.Limits.Contains(before[^1].ToLowerInvariant());

        var sawToOrFor = false;
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var word = before[i];
            var lower = word.ToLowerInvariant();
            if (IsBoundary(word))
            {
                break;
            }

            var found = Classify(word, lower, sawToOrFor);
            if (found != TimeReference.Unmarked)
            {
                return (found, word);
            }

            sawToOrFor |= lower is "to" or "for";
        }

        // "On Monday, the workers walked out": the expression opens its clause; read on past one comma.
        var start = after.Count > 0 && after[0] == "," ? 1 : 0;
        for (var i = start; i < after.Count; i++)
        {
            var word = after[i];
            if (IsBoundary(word))
            {
                break;
            }

            var found = Classify(word, word.ToLowerInvariant(), sawToOrFor: false);
            if (found is TimeReference.Past or TimeReference.Future or TimeReference.Present)
            {
                return (found, word);
            }
        }

        return limit ? (TimeReference.Deadline, before[^1]) : (TimeReference.Unmarked, string.Empty);
    }

    private static TimeReference Classify(string word, string lower, bool sawToOrFor)
    {
        if (char.IsUpper(word[0]) && word.Length > 1 && !TenseVocabulary.Future.Contains(lower))
        {
            return TimeReference.Unmarked; // names and sentence starts ("United Nations")
        }

        if (sawToOrFor && TenseVocabulary.Prospective.Contains(lower))
        {
            return TimeReference.Future;
        }

        if (TenseVocabulary.Future.Contains(lower))
        {
            return TimeReference.Future;
        }

        if (TenseVocabulary.Past.Contains(lower))
        {
            return TimeReference.Past;
        }

        if (TenseVocabulary.Present.Contains(lower))
        {
            return TimeReference.Present;
        }

        return lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !TenseVocabulary.NotPast.Contains(lower)
            ? TimeReference.Past
            : TimeReference.Unmarked;
    }

    private static bool IsBoundary(string word) =>
        word is "," or ";" or ":" or "(" or ")" or "—" or "–" or "\"" or "“" or "”"
        || TenseVocabulary.ClauseBoundaries.Contains(word.ToLowerInvariant());

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-]*|[,;:()—–""“”]")]
    private static partial Regex Words();
}
