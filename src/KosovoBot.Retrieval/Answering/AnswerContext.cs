using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>What cutting a short answer needs to know about the question and the index.</summary>
internal sealed class AnswerContext
{
    private static readonly HashSet<string> AuthorWords = new(StringComparer.Ordinal)
    {
        "wrote", "write", "written", "writes", "author", "authored", "writer", "byline", "reporter", "correspondent",
        "journalist", "filed",
    };

    /// <summary>Creates the context of <paramref name="plan"/>.</summary>
    public AnswerContext(QueryPlan plan, KnowledgeIndex index, int maxWords)
    {
        Plan = plan;
        Index = index;
        MaxWords = maxWords;
        QuestionWords = new HashSet<string>(plan.Words.Select(static w => w.Surface), StringComparer.Ordinal);
        QuestionTerms = new HashSet<string>(
            plan.Words.Where(static w => w.Tier != WordTier.Function).SelectMany(static w => w.Terms).Select(static t => t.Term),
            StringComparer.Ordinal);
        AsksAboutSpeech = plan.AsksAboutSpeech;
        AsksForAuthor = QuestionWords.Overlaps(AuthorWords);
    }

    /// <summary>The analysed question.</summary>
    public QueryPlan Plan { get; }

    /// <summary>The index of the snapshot.</summary>
    public KnowledgeIndex Index { get; }

    /// <summary>The longest short answer in words.</summary>
    public int MaxWords { get; }

    /// <summary>The question's plain words.</summary>
    public IReadOnlySet<string> QuestionWords { get; }

    /// <summary>The index terms of the question's content words, synonyms included.</summary>
    public IReadOnlySet<string> QuestionTerms { get; }

    /// <summary>True when the question asks what someone said or told.</summary>
    public bool AsksAboutSpeech { get; }

    /// <summary>True when the question asks who wrote the article ("who wrote this", "who is the correspondent").</summary>
    public bool AsksForAuthor { get; }

    /// <summary>A view of <paramref name="statement"/> marked with the question's terms.</summary>
    public SentenceView View(Statement statement) => SentenceView.Create(statement, Index.IndexAnalyzer, QuestionTerms);

    /// <summary>
    /// True when the question names the statement speaker's role with a qualifier the role does not have: "the
    /// UN secretary general" asked of a NATO secretary general, "Russia's spokesman" of a NATO spokesman.
    /// </summary>
    public bool QualifiesRoleDifferently(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Speaker is null || string.IsNullOrEmpty(statement.Role))
        {
            return false;
        }

        var role = new HashSet<string>(Analysis.TokenStreams.Terms(Index.IndexAnalyzer, statement.Role), StringComparer.Ordinal);
        var person = new HashSet<string>(Analysis.TokenStreams.Terms(Index.IndexAnalyzer, $"{statement.Speaker} {statement.Role}"), StringComparer.Ordinal);
        var words = Plan.Words.Where(static w => w.Tier != WordTier.Function).ToList();
        var first = words.FindIndex(w => w.Stem is { } stem && role.Contains(stem) && w.Tier == WordTier.Content
                                         && !Index.People.Contains(w.Surface));
        if (first <= 0)
        {
            return false;
        }

        var qualifier = words[first - 1];
        var adjacent = Plan.Question.AsSpan(qualifier.End, words[first].Start - qualifier.End).Trim("'s’ ").IsEmpty;
        return adjacent && qualifier.Tier == WordTier.Content && !qualifier.Terms.Any(t => person.Contains(t.Term));
    }

    /// <summary>True when every content word of the question names the statement's speaker or role ("the NATO spokesman").</summary>
    public bool AsksForSpeakerOf(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Speaker is null)
        {
            return false;
        }

        var person = new HashSet<string>(
            Analysis.TokenStreams.Terms(Index.IndexAnalyzer, $"{statement.Speaker} {statement.Role}"), StringComparer.Ordinal);
        var keys = Plan.KeyWords.ToList();
        return keys.Count > 0 && keys.TrueForAll(w => w.Terms.Any(t => person.Contains(t.Term)));
    }
}
