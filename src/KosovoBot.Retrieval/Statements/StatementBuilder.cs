using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Dates;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Statements;

/// <summary>Cuts an article's body into attributed, dated statements (one per sentence) and whole quotations.</summary>
/// <remarks>
/// A quotation is the words between a pair of quotation marks, however many sentences it spans; one of at least
/// three words is a direct quotation. Its speaker comes from the tag outside the marks in the sentences it touches
/// ("said Appathurai", "he said", "according to Belcourt", "She said ... 'for as long as ...'"), else from the
/// nearest tagged quotation of the same paragraph (the one before, then the one after), else from the quotation
/// that ran to the end of the previous paragraph; when none is found it has no speaker. A sentence holding at least
/// three quoted words is <see cref="StatementKind.Direct"/> and takes the speaker of its first quotation. Other
/// sentences are <see cref="StatementKind.Reported"/> when a speech verb (says, told, made clear, wants, expect,
/// have expressed...) has a speaker as its subject, and <see cref="StatementKind.Narrative"/> otherwise. A passive
/// "are expected to report" is narrative: it is the reporter's forecast, not words anyone has said.
/// Work is linear in the article's length: each sentence is cut into words once and names are looked up by index.
/// </remarks>
public static class StatementBuilder
{
    private const int MinQuotedWords = 3;

    /// <summary>Builds the document for a parsed knowledge file.</summary>
    /// <param name="file">The parsed file.</param>
    /// <returns>The document with its statements.</returns>
    public static KnowledgeDocument Build(ParsedKnowledgeFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new KnowledgeDocument
        {
            Source = file.Source,
            Paragraphs = file.Paragraphs,
            Statements = BuildStatements(file.Source, file.Paragraphs),
        };
    }

    /// <summary>Cuts <paramref name="paragraphs"/> into statements of <paramref name="source"/>.</summary>
    /// <param name="source">The article.</param>
    /// <param name="paragraphs">Its body paragraphs.</param>
    /// <returns>The statements, in order.</returns>
    public static IReadOnlyList<Statement> BuildStatements(SourceInfo source, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var split = paragraphs.Select(p => Locate(p, SentenceSplitter.Split(p))).ToList();
        var words = split.ConvertAll(static p => p.ConvertAll(static s => Tokenizer.Tokenize(s.Text)));
        var resolver = new SpeakerResolver([.. words.SelectMany(static p => p)]);
        var statements = new List<Statement>();
        Attribution? runningQuote = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var spans = QuotationSpan.Find(paragraph);
            var mask = Mask(paragraph.Length, spans);
            var sentences = split[p];

            // Who each sentence's own words name, in reading order (so "he" is the person named last).
            var tags = new List<Attribution?>(sentences.Count);
            var direct = new List<bool>(sentences.Count);
            for (var s = 0; s < sentences.Count; s++)
            {
                var (text, offset) = sentences[s];
                var tokens = words[p][s];
                var isDirect = tokens.Count(t => t.IsWord && mask[offset + t.Index]) >= MinQuotedWords;
                direct.Add(isDirect);
                tags.Add(isDirect
                    ? OutsideSegments(text, offset, mask).Select(resolver.FindSpeech).FirstOrDefault(a => a is not null)
                    : resolver.FindSpeech(tokens));
            }

            var touching = Touching(spans, sentences);
            var blocks = Blocks(touching);
            var quotations = Attribute(paragraph, spans, touching, tags, direct, runningQuote);
            for (var s = 0; s < sentences.Count; s++)
            {
                var (text, offset) = sentences[s];
                var end = offset + text.Length;
                var (from, to) = touching[s];
                var first = -1;
                for (var q = from; q < to && first < 0; q++)
                {
                    first = quotations[q].Words >= MinQuotedWords ? q : -1;
                }

                var speaker = direct[s] ? (first >= 0 ? quotations[first].Who : null) ?? tags[s] : tags[s];
                var passageStart = sentences[blocks[s].First].Offset;
                var passageEnd = sentences[blocks[s].Last].Offset + sentences[blocks[s].Last].Text.Length;
                var own = new List<Quotation>();
                for (var q = from; q < to; q++)
                {
                    if (quotations[q].Words >= MinQuotedWords && spans[q].Open >= offset && spans[q].Open < end)
                    {
                        own.Add(new Quotation(spans[q].Text(paragraph), quotations[q].Who?.Speaker, RoleOf(resolver, quotations[q].Who)));
                    }
                }

                statements.Add(new Statement
                {
                    Source = source,
                    Ordinal = statements.Count,
                    Paragraph = p + 1,
                    Text = text,
                    Passage = passageStart == offset && passageEnd == end ? text : paragraph[passageStart..passageEnd].Trim(),
                    Speaker = speaker?.Speaker,
                    Role = RoleOf(resolver, speaker),
                    Kind = direct[s] ? StatementKind.Direct : speaker is null ? StatementKind.Narrative : StatementKind.Reported,
                    Quotations = own,
                    Dates = DateResolver.Resolve(text, source.Published),
                });
            }

            var last = quotations.FindLastIndex(q => q.Words >= MinQuotedWords);
            runningQuote = direct.Count > 0 && direct[^1] && last >= 0 ? quotations[last].Who : null;
        }

        return statements;
    }

    private static string? RoleOf(SpeakerResolver resolver, Attribution? who) =>
        who is { IsPerson: true } ? resolver.RoleOf(who.Speaker) ?? who.Role : who?.Role;

    // For each sentence, the quotations [from, to) that touch it. Sentences and quotations are both in text order and
    // quotations never overlap, so one forward pass finds them all.
    private static List<(int From, int To)> Touching(List<QuotationSpan> spans, List<(string Text, int Offset)> sentences)
    {
        var ranges = new List<(int, int)>(sentences.Count);
        var next = 0;
        foreach (var (text, offset) in sentences)
        {
            var end = offset + text.Length;
            while (next < spans.Count && spans[next].Close < offset)
            {
                next++;
            }

            var to = next;
            while (to < spans.Count && spans[to].Open < end)
            {
                to++;
            }

            ranges.Add((next, to));
        }

        return ranges;
    }

    // For each sentence, the first and last sentence of the run that quotations crossing sentence ends bind it to:
    // the passage a citation shows so that its quotation marks are balanced.
    private static List<(int First, int Last)> Blocks(List<(int From, int To)> touching)
    {
        var first = new int[touching.Count];
        for (var s = 0; s < touching.Count; s++)
        {
            var joined = s > 0 && touching[s].From < touching[s - 1].To && touching[s].From < touching[s].To;
            first[s] = joined ? first[s - 1] : s;
        }

        var blocks = new (int First, int Last)[touching.Count];
        var last = touching.Count - 1;
        for (var s = touching.Count - 1; s >= 0; s--)
        {
            blocks[s] = (first[s], last);
            if (first[s] == s)
            {
                last = s - 1;
            }
        }

        return [.. blocks];
    }

    // Each quotation's speaker: a tag in a direct sentence it touches, else the nearest tagged quotation of the
    // paragraph (before, then after), else the quotation running on from the previous paragraph when it opens this one.
    private static List<(int Words, Attribution? Who)> Attribute(
        string paragraph,
        List<QuotationSpan> spans,
        List<(int From, int To)> touching,
        List<Attribution?> tags,
        List<bool> direct,
        Attribution? runningQuote)
    {
        var result = new List<(int Words, Attribution? Who)>(spans.Count);
        foreach (var span in spans)
        {
            result.Add((Tokenizer.Tokenize(span.Text(paragraph)).Count(static t => t.IsWord), null));
        }

        for (var s = 0; s < touching.Count; s++)
        {
            for (var q = touching[s].From; q < touching[s].To; q++)
            {
                if (result[q].Who is null && direct[s])
                {
                    result[q] = result[q] with { Who = tags[s] };
                }
            }
        }

        var previous = new Attribution?[spans.Count];
        Attribution? seen = null;
        for (var q = 0; q < result.Count; q++)
        {
            previous[q] = seen;
            if (result[q].Who is not null && result[q].Words >= MinQuotedWords)
            {
                seen = result[q].Who;
            }
        }

        Attribution? following = null;
        for (var q = result.Count - 1; q >= 0; q--)
        {
            var (words, who) = result[q];
            if (who is not null && words >= MinQuotedWords)
            {
                following = who;
                continue;
            }

            if (who is null && words >= MinQuotedWords)
            {
                var opensParagraph = q == 0 && paragraph.AsSpan(0, spans[q].Open).IsWhiteSpace();
                result[q] = (words, previous[q] ?? (opensParagraph ? runningQuote : null) ?? following);
            }
        }

        return result;
    }

    private static bool[] Mask(int length, List<QuotationSpan> spans)
    {
        var mask = new bool[length];
        foreach (var span in spans)
        {
            Array.Fill(mask, true, span.Open, Math.Min(span.Close + 1, length) - span.Open);
        }

        return mask;
    }

    private static List<(string Text, int Offset)> Locate(string paragraph, IReadOnlyList<string> sentences)
    {
        var located = new List<(string, int)>();
        var from = 0;
        foreach (var sentence in sentences)
        {
            var at = paragraph.IndexOf(sentence, from, StringComparison.Ordinal);
            located.Add((sentence, at));
            from = at + sentence.Length;
        }

        return located;
    }

    private static IEnumerable<List<Token>> OutsideSegments(string text, int offset, bool[] mask)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var outside = i < text.Length && !mask[offset + i];
            if (outside && start < 0)
            {
                start = i;
            }
            else if (!outside && start >= 0)
            {
                yield return Tokenizer.Tokenize(text[start..i]);
                start = -1;
            }
        }
    }
}
