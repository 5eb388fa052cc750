using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Knowledge;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace KosovoBot.Retrieval.Search;

/// <summary>Builds the <see cref="KnowledgeIndex"/> of a knowledge snapshot in memory.</summary>
internal static class KnowledgeIndexBuilder
{
    /// <summary>Indexes every statement of <paramref name="knowledge"/>.</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge, RetrievalOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(options);
        var started = TimeProvider.System.GetTimestamp();
        var synonyms = SynonymMapFactory.Build(knowledge.SynonymRules, logger);
        var indexAnalyzer = new ChainAnalyzer(AnalysisSteps.Index);
        var plainAnalyzer = new ChainAnalyzer(AnalysisSteps.Plain);
        var queryAnalyzer = new ChainAnalyzer(AnalysisSteps.Query, synonyms);
        var perField = new PerFieldAnalyzerWrapper(indexAnalyzer);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(ChainAnalyzer.Version, perField)
        {
            Similarity = new BM25Similarity((float)options.K1, (float)options.B),
            OpenMode = OpenMode.CREATE,
        };

        var statements = new List<Statement>();
        var vocabulary = new HashSet<string>(StringComparer.Ordinal);
        var people = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var speakerTerms = new HashSet<string>(StringComparer.Ordinal);
        var speakers = new HashSet<(string, string?)>();
        var positions = new List<IReadOnlyDictionary<string, int[]>>();
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in knowledge.Documents)
            {
                people.Add(document.Source.Author);
                AddWords(plainAnalyzer, vocabulary, document.Source.Author, document.Source.Dateline, document.Source.Outlet);
                foreach (var statement in document.Statements)
                {
                    writer.AddDocument(ToDocument(statement, statements.Count));
                    statements.Add(statement);
                    positions.Add(PositionsOf(indexAnalyzer, statement.Text));
                    AddWords(plainAnalyzer, vocabulary, statement.Text, statement.Speaker, statement.Role);
                    if (statement.Speaker is { } speaker && speakers.Add((speaker, statement.Role)))
                    {
                        people.Add(speaker);
                        speakerTerms.UnionWith(TokenStreams.Terms(indexAnalyzer, $"{speaker} {statement.Role}"));
                    }
                }
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        var reader = DirectoryReader.Open(directory);
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        Log.IndexBuilt(logger, knowledge.Documents.Count, statements.Count, (long)elapsed.TotalMilliseconds);
        return new KnowledgeIndex(knowledge, statements, reader, new AnalyzerSet(indexAnalyzer, queryAnalyzer, plainAnalyzer), vocabulary, people, speakerTerms, RolesOf(indexAnalyzer, speakers), [.. positions], options);
    }

    private static LuceneDocument ToDocument(Statement statement, int ordinal)
    {
        var document = new LuceneDocument
        {
            new TextField(IndexFields.Text, statement.Text, Field.Store.NO),
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
        };
        var who = string.Join(' ', new[] { statement.Speaker, statement.Role }.Where(static s => !string.IsNullOrEmpty(s)));
        if (who.Length > 0)
        {
            document.Add(new TextField(IndexFields.Who, who, Field.Store.NO));
        }

        var meta = MetaFrames(statement);
        if (meta.Length > 0)
        {
            document.Add(new TextField(IndexFields.Meta, meta, Field.Store.NO));
        }

        foreach (var token in statement.Dates.SelectMany(static d => DateTokens.For(d.Date)).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(IndexFields.Date, token, Field.Store.NO));
        }

        return document;
    }

    // A sentence that names the article's author, dateline or outlet is its byline: give it the words people
    // use to ask about bylines.
    /// <summary>The metadata frame words indexed with <paramref name="statement"/>, or empty.</summary>
    public static string MetaFrames(Statement statement)
    {
        var source = statement.Source;
        var frames = new List<string>(3);
        if (Mentions(statement.Text, source.Author))
        {
            frames.Add(MetadataVocabulary.Author);
        }

        if (Mentions(statement.Text, source.Dateline))
        {
            frames.Add(MetadataVocabulary.Dateline);
        }

        if (Mentions(statement.Text, source.Outlet) || Mentions(statement.Text, source.OutletName))
        {
            frames.Add(MetadataVocabulary.Outlet);
        }

        return string.Join(' ', frames);
    }

    private static bool Mentions(string text, string? name) =>
        !string.IsNullOrWhiteSpace(name) && text.Contains(name, StringComparison.OrdinalIgnoreCase);

    private static Dictionary<string, List<SpeakerRole>> RolesOf(ChainAnalyzer analyzer, HashSet<(string Speaker, string? Role)> speakers)
    {
        var byTerm = new Dictionary<string, List<SpeakerRole>>(StringComparer.Ordinal);
        foreach (var (speaker, role) in speakers)
        {
            if (string.IsNullOrWhiteSpace(role))
            {
                continue;
            }

            var roleTerms = new HashSet<string>(TokenStreams.Terms(analyzer, role), StringComparer.Ordinal);
            var holder = new SpeakerRole(speaker, role, roleTerms,
                new HashSet<string>(TokenStreams.Terms(analyzer, $"{speaker} {role}"), StringComparer.Ordinal));
            foreach (var term in roleTerms)
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }

                list.Add(holder);
            }
        }

        return byTerm;
    }

    private static Dictionary<string, int[]> PositionsOf(ChainAnalyzer analyzer, string text)
    {
        var table = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var token in TokenStreams.Analyze(analyzer, text))
        {
            if (!table.TryGetValue(token.Term, out var list))
            {
                table[token.Term] = list = [];
            }

            list.Add(token.Position);
        }

        return table.ToDictionary(static p => p.Key, static p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private static void AddWords(ChainAnalyzer plain, HashSet<string> vocabulary, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrEmpty(text))
            {
                vocabulary.UnionWith(TokenStreams.Terms(plain, text));
            }
        }
    }
}
