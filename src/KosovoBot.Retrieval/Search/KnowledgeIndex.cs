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
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly int[] ordinalByDoc;
    private readonly RetrievalOptions options;
    private readonly Dictionary<string, HashSet<string>> termsByField;

    /// <summary>Wraps an index built by <see cref="KnowledgeIndexBuilder"/>.</summary>
    public KnowledgeIndex(
        KnowledgeBase knowledge,
        IReadOnlyList<Statement> statements,
        DirectoryReader reader,
        AnalyzerSet analyzers,
        IReadOnlySet<string> vocabulary,
        IReadOnlySet<string> people,
        IReadOnlySet<string> speakerTerms,
        RetrievalOptions options)
    {
        Knowledge = knowledge;
        Statements = statements;
        this.reader = reader;
        Analyzers = analyzers;
        Vocabulary = vocabulary;
        People = people;
        SpeakerTerms = speakerTerms;
        this.options = options;
        searcher = new IndexSearcher(reader)
        {
            Similarity = new BM25Similarity((float)options.K1, (float)options.B),
        };
        // Term look-ups happen dozens of times per question; a hash set per field is far cheaper than seeking the
        // terms dictionary, and lets the query skip terms a field does not have.
        termsByField = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var field in IndexFields.Searched.Append(IndexFields.Date))
        {
            termsByField[field] = TermsOf(reader, field);
        }

        var values = MultiDocValues.GetNumericValues(reader, IndexFields.Ordinal);
        ordinalByDoc = new int[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            ordinalByDoc[doc] = (int)(values?.Get(doc) ?? doc);
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

    /// <summary>Names of people and bodies the knowledge knows (speakers and authors), as written.</summary>
    public IReadOnlySet<string> People { get; }

    /// <summary>Index terms of every speaker's name and role.</summary>
    public IReadOnlySet<string> SpeakerTerms { get; }

    /// <summary>True when some statement has <paramref name="term"/> in one of the searched fields.</summary>
    public bool Contains(string term)
    {
        foreach (var field in IndexFields.Searched)
        {
            if (termsByField[field].Contains(term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every index term of <paramref name="statement"/>: its words, speaker, role and byline frames.</summary>
    public HashSet<string> TermsOf(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var terms = new HashSet<string>(TokenStreams.Terms(IndexAnalyzer, statement.Text), StringComparer.Ordinal);
        var who = $"{statement.Speaker} {statement.Role} {KnowledgeIndexBuilder.MetaFrames(statement)}";
        if (!string.IsNullOrWhiteSpace(who))
        {
            terms.UnionWith(TokenStreams.Terms(IndexAnalyzer, who));
        }

        return terms;
    }

    /// <summary>True when some statement names a date with <paramref name="token"/>.</summary>
    public bool ContainsDate(string token) => termsByField[IndexFields.Date].Contains(token);

    /// <summary>The statements best matching <paramref name="plan"/>, best first.</summary>
    public IReadOnlyList<ScoredStatement> Search(QueryPlan plan, int top)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var query = BuildQuery(plan);
        if (query.Clauses.Count == 0 || top <= 0)
        {
            return [];
        }

        var hits = searcher.Search(query, top).ScoreDocs;
        var result = new List<ScoredStatement>(hits.Length);
        foreach (var hit in hits)
        {
            result.Add(new ScoredStatement(Statements[ordinalByDoc[hit.Doc]], hit.Score));
        }

        return result;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        reader.Dispose();
        Analyzers.Dispose();
    }

    private BooleanQuery BuildQuery(QueryPlan plan)
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
            var perWord = new DisjunctionMaxQuery(0.1f);
            var wordWeight = word.Tier == WordTier.Soft ? 0.5f : 1f;

            // "What did the spokesman say about X": the spokesman is who said it, X is what it is about.
            var namesSpeaker = plan.AsksAboutSpeech && word.Stem is { } own && SpeakerTerms.Contains(own);
            var textWeight = namesSpeaker ? 0.4f : 1f;
            var whoWeight = namesSpeaker ? 1.5f : 0.8f;
            foreach (var term in word.Terms)
            {
                AddTerm(perWord, IndexFields.Text, term.Term, wordWeight * term.Weight * textWeight);
                AddTerm(perWord, IndexFields.Who, term.Term, wordWeight * term.Weight * whoWeight);
                AddTerm(perWord, IndexFields.Meta, term.Term, wordWeight * term.Weight * 0.8f);
            }

            if (perWord.Disjuncts.Count > 0)
            {
                query.Add(perWord, Occur.SHOULD);
            }

            if (word.Stem is { } stem && textWeight >= 1f)
            {
                if (previousStem is not null && options.PhraseBoost > 0
                    && termsByField[IndexFields.Text].Contains(previousStem) && termsByField[IndexFields.Text].Contains(stem))
                {
                    var phrase = new PhraseQuery { Slop = 2 };
                    phrase.Add(new Term(IndexFields.Text, previousStem));
                    phrase.Add(new Term(IndexFields.Text, stem));
                    query.Add(Boosted(phrase, (float)options.PhraseBoost), Occur.SHOULD);
                }

                previousStem = stem;
            }
        }

        foreach (var date in plan.Dates)
        {
            foreach (var token in date.Tokens.Where(ContainsDate))
            {
                query.Add(Boosted(new TermQuery(new Term(IndexFields.Date, token)), (float)options.DateBoost), Occur.SHOULD);
            }
        }

        return query;
    }

    private static HashSet<string> TermsOf(IndexReader reader, string field)
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
            terms.Add(termsEnum.Term.Utf8ToString());
        }

        return terms;
    }

    private void AddTerm(DisjunctionMaxQuery query, string field, string term, float boost)
    {
        if (termsByField[field].Contains(term))
        {
            query.Add(Boosted(new TermQuery(new Term(field, term)), boost));
        }
    }

    private static Query Boosted(Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
