using System.Collections.Concurrent;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Quotes;

/// <summary>
/// Direct quotations by speaker or by word, each whole (the words between its quotation marks, however many
/// sentences it spans, or a partial quotation inside a sentence) with its own speaker. A query names a speaker when
/// all its words are among the words of a speaker's name and role ("Scheffer", "de hoop scheffer", "secretary
/// general", "spokesman"), case- and diacritics-insensitively; otherwise it finds quotations holding all its words,
/// stemmed ("reinforcements").
/// </summary>
internal sealed class QuoteService(KnowledgeIndexCache cache) : IQuoteService
{
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal) { "the", "of", "by", "from", "mr", "ms", "mrs", "dr" };

    // Per index snapshot, computed once: the quotations, the speakers, and the words of every quotation and every
    // speaker's name and role as each is first needed (only the snapshot's own texts, so nothing grows unbounded).
    private readonly SnapshotMemo<KnowledgeIndex, List<Citation>> _quotes = new(static index => Quotations(index.Statements));

    private readonly SnapshotMemo<KnowledgeIndex, List<(string Name, string Plain)>> _speakers = new(static index => index.Statements
        .SelectMany(static s => s.Quotations)
        .Where(static q => q.Speaker is not null)
        .Select(static q => q.Speaker!)
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(name => (Name: name, Plain: string.Join(' ', PlainWords(index, name))))
        .ToList());

    private readonly SnapshotMemo<KnowledgeIndex, ConcurrentDictionary<string, HashSet<string>>> _quoteTerms =
        new(static _ => new(StringComparer.Ordinal));

    private readonly SnapshotMemo<KnowledgeIndex, ConcurrentDictionary<Statement, List<string>>> _personWords =
        new(static _ => new(ReferenceEqualityComparer.Instance));

    /// <inheritdoc />
    public QuoteSearchResult Find(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        using var lease = cache.Acquire();
        var index = lease.Index;
        var quotes = _quotes.Get(index);
        var words = PlainWords(index, query);
        if (words.Count == 0)
        {
            return new QuoteSearchResult(query, []);
        }

        var bySpeaker = quotes.Where(c => NamesSpeaker(index, words, c.Statement)).ToList();
        if (bySpeaker.Count > 0)
        {
            return new QuoteSearchResult(query, bySpeaker);
        }

        var stems = TokenStreams.Terms(index.IndexAnalyzer, query).Distinct(StringComparer.Ordinal).ToList();
        if (stems.Count == 0)
        {
            return new QuoteSearchResult(query, []);
        }

        var byWord = quotes
            .Where(c =>
            {
                var terms = QuoteTerms(index, c.Quote);
                return stems.TrueForAll(terms.Contains);
            })
            .ToList();
        return new QuoteSearchResult(query, byWord);
    }

    /// <inheritdoc />
    public IReadOnlyList<string> SuggestSpeakers(string prefix, int max)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        using var lease = cache.Acquire();
        var index = lease.Index;
        var wanted = string.Join(' ', PlainWords(index, prefix));
        var speakers = _speakers.Get(index)
            .Where(s => s.Plain.Contains(wanted, StringComparison.Ordinal))
            .OrderBy(s => s.Plain.StartsWith(wanted, StringComparison.Ordinal)
                          || s.Plain.Contains(" " + wanted, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(static s => s.Name, StringComparer.OrdinalIgnoreCase)
            .Take(Math.Max(max, 0))
            .Select(static s => s.Name)
            .ToList();
        return speakers;
    }

    // Each quotation as a citation of its sentence, carrying the quotation's own speaker and role.
    private static List<Citation> Quotations(IReadOnlyList<Statement> statements) =>
        [.. statements.SelectMany(static s => s.Quotations.Select(q => new Citation(
            q.Speaker == s.Speaker && q.Role == s.Role && s.Kind == StatementKind.Direct
                ? s
                : s with { Speaker = q.Speaker, Role = q.Role, Kind = StatementKind.Direct },
            q.Text)))];

    private bool NamesSpeaker(KnowledgeIndex index, List<string> words, Statement statement)
    {
        if (statement.Speaker is null)
        {
            return false;
        }

        var person = _personWords.Get(index).GetOrAdd(statement, static (s, index) => PlainWords(index, $"{s.Speaker} {s.Role}"), index);
        return words.TrueForAll(person.Contains);
    }

    private HashSet<string> QuoteTerms(KnowledgeIndex index, string text) =>
        _quoteTerms.Get(index).GetOrAdd(text, static (text, index) => TokenStreams.Terms(index.IndexAnalyzer, text).ToHashSet(StringComparer.Ordinal), index);

    private static List<string> PlainWords(KnowledgeIndex index, string text) =>
        TokenStreams.Terms(index.PlainAnalyzer, text).Where(static w => !Ignored.Contains(w)).ToList();
}
