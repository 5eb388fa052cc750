using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Dates;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Statements;

/// <summary>Cuts an article's body into attributed, dated statements (one per sentence).</summary>
/// <remarks>
/// A sentence with at least three quoted words is <see cref="StatementKind.Direct"/>. Its speaker comes from its
/// own tag outside the quotation marks ("said Appathurai", "he said"), else from the first tag of the quotation
/// in the same paragraph (so sentences before and after the tag keep the speaker), else from the quotation of
/// the previous paragraph when the quotation runs on. Other sentences are <see cref="StatementKind.Reported"/>
/// when a speech verb (says, told, made clear, wants, expect, have expressed...) has a subject, and
/// <see cref="StatementKind.Narrative"/> otherwise. A passive "are expected to report" is narrative: it is the
/// reporter's forecast of what someone will do, not words anyone has said.
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
        var resolver = new SpeakerResolver([.. split.SelectMany(s => s.Select(x => x.Text))]);
        var statements = new List<Statement>();
        Attribution? previousQuote = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var mask = QuoteMask.Of(paragraph);
            var found = new List<(string Text, bool Direct, Attribution? Who)>();
            foreach (var (text, offset) in split[p])
            {
                var direct = QuotedWords(text, offset, mask) >= MinQuotedWords;
                var who = direct
                    ? OutsideSegments(text, offset, mask).Select(resolver.FindSpeech).FirstOrDefault(a => a is not null)
                    : resolver.FindSpeech(Tokenizer.Tokenize(text));
                found.Add((text, direct, who));
            }

            var paragraphQuote = found.Find(f => f.Direct && f.Who is not null).Who ?? previousQuote;
            foreach (var (text, direct, who) in found)
            {
                var speaker = direct ? who ?? paragraphQuote : who;
                statements.Add(new Statement
                {
                    Source = source,
                    Ordinal = statements.Count,
                    Paragraph = p + 1,
                    Text = text,
                    Speaker = speaker?.Speaker,
                    Role = speaker is { IsPerson: true } ? resolver.RoleOf(speaker.Speaker) ?? speaker.Role : speaker?.Role,
                    Kind = direct ? StatementKind.Direct : speaker is null ? StatementKind.Narrative : StatementKind.Reported,
                    Dates = DateResolver.Resolve(text, source.Published),
                });
            }

            previousQuote = found.Count > 0 && found[^1].Direct ? paragraphQuote : null;
        }

        return statements;
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

    private static int QuotedWords(string text, int offset, bool[] mask) =>
        Tokenizer.Tokenize(text).Count(t => t.IsWord && mask[offset + t.Index]);

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
