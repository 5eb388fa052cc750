using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace KosovoBot.SemanticKernel.Answering;

/// <summary>
/// Checks a model reply against the statements it was given. Nothing the model writes is trusted: the
/// citations must name given statements, an answer must cite at least one, and any words it puts in
/// quotation marks, double or single, must be found verbatim in one statement it cites (see <see cref="Quotations"/>;
/// an unpaired quotation mark fails), and every number it writes, in digits or in words, must appear in a cited
/// statement or in that statement's resolved dates, since a wrong figure is the most harmful thing a fluent answer
/// can invent.
/// </summary>
internal static partial class ReplyVerifier
{
    /// <summary>What the model is told to answer when the statements do not answer the question.</summary>
    public const string NotInArticle = "not in the article";

    /// <summary>A chat answer is one or two sentences; anything much longer is not what was asked for.</summary>
    public const int MaxAnswerLength = 800;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        PropertyNameCaseInsensitive = true,
    };

    private static readonly HashSet<string> NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
        "dozen", "dozens", "half", "twice", "double",
    ];

    /// <summary>
    /// The verdict on <paramref name="content"/> given the numbered <paramref name="given"/> statement texts and,
    /// for each, optional <paramref name="dateContexts"/>: text of its resolved dates whose numbers the answer may use.
    /// </summary>
    public static ReplyVerdict Verify(string? content, IReadOnlyList<string> given, IReadOnlyList<string>? dateContexts = null)
    {
        ArgumentNullException.ThrowIfNull(given);
        var reply = Parse(content);
        if (reply?.Answer is null)
        {
            return ReplyVerdict.FallBack(FallbackReason.Unparseable);
        }

        // Inline markers such as "[1]" or "[1, 3]" repeat the citations, which are shown as quotes anyway.
        var answer = SpaceBeforePunctuation().Replace(CitationMarkers().Replace(reply.Answer, string.Empty), "$1").Trim();
        if (answer.Contains(NotInArticle, StringComparison.OrdinalIgnoreCase))
        {
            return ReplyVerdict.Decline;
        }

        if (answer.Length == 0)
        {
            return ReplyVerdict.FallBack(FallbackReason.Unparseable);
        }

        if (answer.Length > MaxAnswerLength)
        {
            return ReplyVerdict.FallBack(FallbackReason.TooLong);
        }

        var citations = reply.Citations ?? [];
        if (citations.Any(n => n < 1 || n > given.Count))
        {
            return ReplyVerdict.FallBack(FallbackReason.UnknownCitation);
        }

        if (citations.Count == 0)
        {
            return ReplyVerdict.FallBack(FallbackReason.NoCitation);
        }

        var cited = citations.Select(n => n - 1).Distinct().ToList();
        if (!Quotations.AreVerified(Normalize(answer), [.. cited.Select(i => Normalize(given[i]))]))
        {
            return ReplyVerdict.FallBack(FallbackReason.UnverifiedQuotation);
        }

        var support = string.Join(' ', cited.Select(i => $"{given[i]} {(dateContexts is null ? null : dateContexts[i])}"));
        return NumbersIn(answer).IsSubsetOf(NumbersIn(support)) && NumberWordsIn(answer).IsSubsetOf(NumberWordsIn(support))
            ? ReplyVerdict.Verified(answer, cited)
            : ReplyVerdict.FallBack(FallbackReason.UnsupportedNumber);
    }

    /// <summary>The numbers written in digits, with thousands separators removed: "16,000" and "16000" are one number.</summary>
    private static HashSet<string> NumbersIn(string text) =>
        [.. Digits().Matches(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal).TrimStart('0') is { Length: > 0 } n ? n : "0")];

    /// <summary>
    /// The number words ("twenty", "thousand", "dozen"), lower-cased. They are compared as words, never converted:
    /// an answer may say "twenty" only when a cited statement does, and a figure a statement writes in digits is
    /// to be written in digits, where the digit check sees it.
    /// </summary>
    private static HashSet<string> NumberWordsIn(string text) =>
        [.. Letters().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(NumberWords.Contains)];

    private static ModelReply? Parse(string? content)
    {
        // Models often wrap JSON in a code fence or a sentence; the object itself is what counts.
        var start = content?.IndexOf('{', StringComparison.Ordinal) ?? -1;
        var end = content?.LastIndexOf('}') ?? -1;
        if (content is null || start < 0 || end <= start)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ModelReply>(content.AsSpan(start, end - start + 1), JsonOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Folds typographic quotes and apostrophes and runs of white space, so that only words are compared.</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => '"',
                '\u2018' or '\u2019' or '\u201B' => '\'',
                _ => char.IsWhiteSpace(c) ? ' ' : c,
            });
        }

        return Spaces().Replace(builder.ToString(), " ");
    }

    [GeneratedRegex(@"\s*\[\s*\d+(?:\s*[,;]\s*\d+)*\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex CitationMarkers();

    [GeneratedRegex(@"\s+([.,;:!?])", RegexOptions.CultureInvariant)]
    private static partial Regex SpaceBeforePunctuation();

    [GeneratedRegex(@"\d+(?:,\d{3})*(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Digits();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();

    [GeneratedRegex(" {2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
