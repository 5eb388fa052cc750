using System.Collections.Concurrent;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace KosovoBot.Retrieval.Search;

/// <summary>
/// The search index of one knowledge snapshot: a BM25 Lucene index over its statements plus the vocabulary the
/// answerer needs to tell what the knowledge covers. Immutable once built; safe to search from many threads.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    // Bounds the per-snapshot memo of analysed question words: questions are user input.
    private const int MaxRememberedQueryTexts = 50_000;
    private const int MaxRememberedQueryTextLength = 64;

    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _ordinalByDoc;
    private readonly RetrievalOptions _options;
    private readonly Dictionary<string, HashSet<string>> _termsByField;
    private readonly ProximityTable _proximity;
    private readonly ConcurrentDictionary<(string Field, string Term), TermContext> _termContexts = new();
    private readonly Dictionary<Statement, int> _ordinalOf = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string>?[] _statementTerms;
    private readonly List<AnalyzedToken>?[] _statementTokens;
    private readonly ConcurrentDictionary<string, List<AnalyzedToken>> _queryTokens = new(StringComparer.Ordinal);
    private int _references = 1; // the owner's, until Dispose
    private int _ownerReleased;

    /// <summary>Wraps an index built by <see cref="KnowledgeIndexBuilder"/>.</summary>
    public KnowledgeIndex(
        KnowledgeBase knowledge,
        IReadOnlyList<Statement> statements,
        DirectoryReader reader,
        AnalyzerSet analyzers,
        IReadOnlySet<string> vocabulary,
        IReadOnlySet<string> people,
        IReadOnlySet<string> speakerTerms,
        IReadOnlyDictionary<string, List<SpeakerRole>> rolesByTerm,
        IReadOnlyDictionary<string, int[]>[] positions,
        RetrievalOptions options)
    {
        Knowledge = knowledge;
        Statements = statements;
        _reader = reader;
        Analyzers = analyzers;
        Vocabulary = vocabulary;
        VocabularyByInitial = vocabulary
            .Where(static w => w.Length >= 4)
            .GroupBy(static w => w[0])
            .ToDictionary(static g => g.Key, static g => g.Order(StringComparer.Ordinal).ToArray());
        People = people;
        PeopleWords = people.ToDictionary(
            p => p, p => (IReadOnlyList<string>)TokenStreams.Terms(analyzers.Plain, p), StringComparer.OrdinalIgnoreCase);
        SpeakerTerms = speakerTerms;
        RolesByTerm = rolesByTerm;
        RoleHolderTerms = rolesByTerm.Values.SelectMany(static l => l).SelectMany(static h => h.PersonTerms).ToHashSet(StringComparer.Ordinal);
        BodySpeakerTerms = statements
            .Where(static s => s.Speaker is not null && string.IsNullOrEmpty(s.Role))
            .Select(static s => s.Speaker!)
            .Distinct(StringComparer.Ordinal)
            .SelectMany(name => TokenStreams.Terms(analyzers.Index, name))
            .ToHashSet(StringComparer.Ordinal);
        _options = options;
        _searcher = new IndexSearcher(reader)
        {
            Similarity = new BM25Similarity((float)options.K1, (float)options.B),
        };

        // Term look-ups happen dozens of times per question; a hash set per field is far cheaper than seeking the
        // terms dictionary, and lets the query skip terms a field does not have.
        _termsByField = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var textDocFreq = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var field in IndexFields.Searched.Append(IndexFields.Date))
        {
            _termsByField[field] = TermsOf(reader, field, field == IndexFields.Text ? textDocFreq : null);
        }

        _proximity = new ProximityTable(positions, textDocFreq);
        for (var i = 0; i < statements.Count; i++)
        {
            _ordinalOf[statements[i]] = i;
        }

        _statementTerms = new HashSet<string>?[statements.Count];
        _statementTokens = new List<AnalyzedToken>?[statements.Count];
        var values = MultiDocValues.GetNumericValues(reader, IndexFields.Ordinal);
        _ordinalByDoc = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            _ordinalByDoc[doc] = (int)(values?.Get(doc) ?? doc);
        }
    }

    /// <summary>The snapshot the index was built from.</summary>
    public KnowledgeBase Knowledge { get; }

    /// <summary>Every statement, in snapshot order.</summary>
    public IReadOnlyList<Statement> Statements { get; }

    /// <summary>The analysis chains the index was built and is searched with.</summary>
    public AnalyzerSet Analyzers { get; }

    /// <summary>The query chain (with synonyms).</summary>
    public ChainAnalyzer QueryAnalyzer => Analyzers.Query;

    /// <summary>The plain chain (tokenize, possessive, lower case, fold).</summary>
    public ChainAnalyzer PlainAnalyzer => Analyzers.Plain;

    /// <summary>The index chain (no synonyms).</summary>
    public ChainAnalyzer IndexAnalyzer => Analyzers.Index;

    /// <summary>Every plain word of the statements, speakers, roles and bylines.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>Vocabulary words of four letters or more, by first letter, in ordinal order (for spelling correction).</summary>
    public IReadOnlyDictionary<char, string[]> VocabularyByInitial { get; }

    /// <summary>Names of people and bodies the knowledge knows (speakers and authors), as written.</summary>
    public IReadOnlySet<string> People { get; }

    /// <summary>Speakers with a role, by each index term of their role ("spokesman" → the spokesmen).</summary>
    public IReadOnlyDictionary<string, List<SpeakerRole>> RolesByTerm { get; }

    /// <summary>Index terms of the names and roles of speakers who have a role (people such as a spokesman).</summary>
    public IReadOnlySet<string> RoleHolderTerms { get; }

    /// <summary>Index terms of speakers given without a role (bodies such as "NATO" or "Russia").</summary>
    public IReadOnlySet<string> BodySpeakerTerms { get; }

    /// <summary>The plain words of each name in <see cref="People"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PeopleWords { get; }

    /// <summary>Index terms of every speaker's name and role.</summary>
    public IReadOnlySet<string> SpeakerTerms { get; }

    /// <summary>True when some statement has <paramref name="term"/> in one of the searched fields.</summary>
    public bool Contains(string term)
    {
        foreach (var field in IndexFields.Searched)
        {
            if (_termsByField[field].Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every index term of <paramref name="statement"/>: its words, speaker, role and byline frames.</summary>
    public IReadOnlySet<string> TermsOf(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (!_ordinalOf.TryGetValue(statement, out var ordinal))
        {
            return Analyze(statement);
        }

        // Computed on first use and kept: a benign race at worst computes the same set twice.
        return Volatile.Read(ref _statementTerms[ordinal]) ?? (_statementTerms[ordinal] = Analyze(statement));
    }

    /// <summary>The index-chain tokens of <paramref name="statement"/>'s text, computed once per snapshot.</summary>
    public IReadOnlyList<AnalyzedToken> TokensOf(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (!_ordinalOf.TryGetValue(statement, out var ordinal))
        {
            return TokenStreams.Analyze(IndexAnalyzer, statement.Text);
        }

        return Volatile.Read(ref _statementTokens[ordinal]) ?? (_statementTokens[ordinal] = TokenStreams.Analyze(IndexAnalyzer, statement.Text));
    }

    /// <summary>
    /// The query-chain tokens (with synonyms) of a word or two-word phrase of a question, kept per snapshot: questions
    /// reuse few words, and running the synonym analyzer is most of planning.
    /// </summary>
    public IReadOnlyList<AnalyzedToken> QueryTokensOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_queryTokens.TryGetValue(text, out var known))
        {
            return known;
        }

        var tokens = TokenStreams.Analyze(QueryAnalyzer, text);
        if (_queryTokens.Count < MaxRememberedQueryTexts && text.Length <= MaxRememberedQueryTextLength)
        {
            _queryTokens.TryAdd(text, tokens);
        }

        return tokens;
    }

    private HashSet<string> Analyze(Statement statement)
    {
        var terms = new HashSet<string>(TokenStreams.Terms(IndexAnalyzer, statement.Text), StringComparer.Ordinal);
        var who = $"{statement.Speaker} {statement.Role} {KnowledgeIndexBuilder.MetaFrames(statement)}";
        if (!string.IsNullOrWhiteSpace(who))
        {
            terms.UnionWith(TokenStreams.Terms(IndexAnalyzer, who));
        }

        return terms;
    }

    /// <summary>True when some statement names a date with <paramref name="token"/>.</summary>
    public bool ContainsDate(string token) => _termsByField[IndexFields.Date].Contains(token);

    /// <summary>The statements best matching <paramref name="plan"/>, best first.</summary>
    public IReadOnlyList<ScoredStatement> Search(QueryPlan plan, int top)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var pairs = new List<(string First, string Second)>();
        var query = BuildQuery(plan, pairs);
        if (query.Clauses.Count == 0 || top <= 0)
        {
            return [];
        }

        // Proximity evidence is added to a wider pool of BM25 hits from a position table built with the index:
        // the same signal as a sloppy phrase query without its per-query postings allocations.
        // In-order scoring: the out-of-order BooleanScorer allocates a 2,048-bucket table per query.
        var collector = TopScoreDocCollector.Create(Math.Max(top * 2, 20), docsScoredInOrder: true);
        _searcher.Search(query, collector);
        var hits = collector.GetTopDocs().ScoreDocs;
        var result = new List<ScoredStatement>(hits.Length);
        foreach (var hit in hits)
        {
            var ordinal = _ordinalByDoc[hit.Doc];
            result.Add(new ScoredStatement(Statements[ordinal], hit.Score + _proximity.Bonus(ordinal, pairs, _options.PhraseBoost)));
        }

        result.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        if (result.Count > top)
        {
            result.RemoveRange(top, result.Count - top);
        }

        return result;
    }

    /// <summary>True once the owner has let go of the index and no lease still reads it: its reader is closed.</summary>
    public bool IsDisposed => Volatile.Read(ref _references) == 0;

    /// <summary>Lets go of the owner's reference; the reader closes once the last <see cref="IndexLease"/> ends.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _ownerReleased, 1) == 0)
        {
            Release();
        }
    }

    /// <summary>Adds a reader of the index; false when it is already disposed.</summary>
    internal bool TryAddReference()
    {
        var count = Volatile.Read(ref _references);
        while (count > 0)
        {
            var seen = Interlocked.CompareExchange(ref _references, count + 1, count);
            if (seen == count)
            {
                return true;
            }

            count = seen;
        }

        return false;
    }

    /// <summary>Ends one reference; the last closes the reader.</summary>
    internal void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            _reader.Dispose();
            Analyzers.Dispose();
        }
    }

    private BooleanQuery BuildQuery(QueryPlan plan, List<(string First, string Second)> pairs)
    {
        var query = new BooleanQuery(disableCoord: true);
        string? previousStem = null;
        foreach (var word in plan.Words)
        {
            if (word.Tier == WordTier.Function || word.Terms.Count == 0)
            {
                continue;
            }

            // One clause per word: the best of its own stem and its synonyms, so a word with many synonyms
            // counts no more than a word with none.
            var perWord = new DisjunctionMaxQuery(SearchWeights.SynonymTieBreaker);
            var wordWeight = word.Tier == WordTier.Soft ? SearchWeights.SoftWord : 1f;

            // "What did the spokesman say about X": the spokesman is who said it, X is what it is about.
            var namesSpeaker = plan.AsksAboutSpeech && word.Stem is { } own && SpeakerTerms.Contains(own);
            var textWeight = namesSpeaker ? SearchWeights.SpeakerNamedInText : 1f;
            var whoWeight = namesSpeaker ? SearchWeights.SpeakerNamedInWho : SearchWeights.Who;
            foreach (var term in word.Terms)
            {
                AddTerm(perWord, IndexFields.Text, term.Term, wordWeight * term.Weight * textWeight);
                AddTerm(perWord, IndexFields.Who, term.Term, wordWeight * term.Weight * whoWeight);
                AddTerm(perWord, IndexFields.Meta, term.Term, wordWeight * term.Weight * SearchWeights.Meta);
            }

            if (perWord.Disjuncts.Count > 0)
            {
                query.Add(perWord, Occur.SHOULD);
            }

            if (word.Stem is { } stem && textWeight >= 1f)
            {
                if (previousStem is not null && previousStem != stem
                    && _termsByField[IndexFields.Text].Contains(previousStem) && _termsByField[IndexFields.Text].Contains(stem))
                {
                    pairs.Add((previousStem, stem));
                }

                previousStem = stem;
            }
        }

        foreach (var date in plan.Dates)
        {
            foreach (var token in date.Tokens.Where(ContainsDate))
            {
                query.Add(Boosted(TermQueryOf(IndexFields.Date, token), (float)_options.DateBoost), Occur.SHOULD);
            }
        }

        return query;
    }

    private static HashSet<string> TermsOf(IndexReader reader, string field, Dictionary<string, int>? docFreq)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var fieldTerms = MultiFields.GetTerms(reader, field);
        if (fieldTerms is null)
        {
            return terms;
        }

        var termsEnum = fieldTerms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            var text = termsEnum.Term.Utf8ToString();
            terms.Add(text);
            docFreq?.Add(text, termsEnum.DocFreq);
        }

        return terms;
    }

    private void AddTerm(DisjunctionMaxQuery query, string field, string term, float boost)
    {
        if (_termsByField[field].Contains(term))
        {
            query.Add(Boosted(TermQueryOf(field, term), boost));
        }
    }

    // Term statistics are looked up once per term and index, not once per question.
    private TermQuery TermQueryOf(string field, string term)
    {
        var key = new Term(field, term);
        var context = _termContexts.GetOrAdd((field, term), static (_, state) => TermContext.Build(state.Reader.Context, state.Key), (Reader: _reader, Key: key));
        return new TermQuery(key, context);
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
