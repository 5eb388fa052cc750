using System.Text.RegularExpressions;

namespace KosovoBot.SemanticKernel.Answering;

/// <summary>
/// Finds the quotations of a normalized answer (see <see cref="ReplyVerifier"/>) and checks each against the cited
/// statements. A quotation is text in double quotation marks, or in single ones that stand at word boundaries, so the
/// apostrophes of "Kosovo's" and "don't" are not quotation marks. An ellipsis may shorten a quotation, but its pieces
/// must come from one statement, in order, and what it leaves out must not hold a negation: "NATO will ... withdraw"
/// cut from "NATO will not withdraw" says the opposite of the statement.
/// </summary>
internal static partial class Quotations
{
    private static readonly string[] Ellipses = ["...", "\u2026"];

    private static readonly HashSet<string> Negations =
        new(["not", "no", "never", "nor", "neither", "none", "nothing", "cannot", "without"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// True when every quotation in <paramref name="answer"/> is found in one of <paramref name="statements"/>, and no
    /// quotation mark is left unpaired. Both are normalized: straight quotation marks, single spaces.
    /// </summary>
    public static bool AreVerified(string answer, IReadOnlyList<string> statements)
    {
        if (answer.Count(c => c == '"') % 2 != 0)
        {
            return false;
        }

        var quotations = Quoted().Matches(answer).Select(m => m.Groups[1].Value).ToList();
        var withoutSingleQuoted = SingleQuoted().Replace(answer, match =>
        {
            quotations.Add(match.Groups[1].Value);
            return " ";
        });

        // An opening single quotation mark left after the pairs are taken out has no closing one.
        return !SingleOpening().IsMatch(withoutSingleQuoted)
            && quotations.Select(Pieces).All(pieces => pieces.Count == 0 || statements.Any(s => ContainsInOrder(s, pieces, 0, 0)));
    }

    /// <summary>The pieces of one quotation cut at ellipses, trimmed of edge punctuation; empty pieces dropped.</summary>
    private static List<string> Pieces(string quotation) =>
        [.. quotation.Split(Ellipses, StringSplitOptions.None)
            .Select(p => p.Trim().Trim('.', ',', ';', ':', '!', '?', ' ', '\''))
            .Where(p => p.Length > 0)];

    /// <summary>
    /// True when <paramref name="pieces"/> from <paramref name="index"/> on occur in <paramref name="text"/> after
    /// <paramref name="from"/>, each after the previous, and no text an ellipsis leaves out holds a negation.
    /// Every occurrence of a piece is tried, since the first one may leave a negation out where a later one does not.
    /// </summary>
    private static bool ContainsInOrder(string text, List<string> pieces, int index, int from)
    {
        if (index == pieces.Count)
        {
            return true;
        }

        for (var at = text.IndexOf(pieces[index], from, StringComparison.OrdinalIgnoreCase);
             at >= 0;
             at = at + 1 < text.Length ? text.IndexOf(pieces[index], at + 1, StringComparison.OrdinalIgnoreCase) : -1)
        {
            if (index > 0 && HoldsNegation(text[from..at]))
            {
                // Later occurrences leave out even more, so they hold the same negation.
                return false;
            }

            if (ContainsInOrder(text, pieces, index + 1, at + pieces[index].Length))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsNegation(string omitted) =>
        Words().Matches(omitted).Any(w => Negations.Contains(w.Value) || w.Value.EndsWith("n't", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex("\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    /// <summary>
    /// A single quotation mark that opens (no letter or digit before it, one after it) up to the first that closes
    /// (something other than a space before it, no letter or digit after it).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])(.*?)(?<=\S)'(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SingleQuoted();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])'(?=[\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex SingleOpening();

    [GeneratedRegex(@"[\p{L}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
