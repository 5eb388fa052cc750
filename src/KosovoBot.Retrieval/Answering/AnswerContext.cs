using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>What cutting a short answer needs to know about the question and the index.</summary>
internal sealed partial class AnswerContext
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
        AsksForDuration = plan.Question.StartsWith("how long", StringComparison.OrdinalIgnoreCase);
        AsksForSource = SourcePattern().IsMatch(plan.Question.ToLowerInvariant());
        CountedTerms = Counted(plan);
        AsksForAge = plan.Question.Contains("how old", StringComparison.OrdinalIgnoreCase)
                     || plan.Question.Contains("what age", StringComparison.OrdinalIgnoreCase);
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

    /// <summary>True when the question asks whose words or figure something is ("what is the source of ...", "according to whom").</summary>
    public bool AsksForSource { get; }

    /// <summary>The index terms of what a how-many question counts ("how many cargo ships" → cargo, ship), synonyms included.</summary>
    public IReadOnlySet<string> CountedTerms { get; }

    /// <summary>True for "how old ..." questions, which only an age answers.</summary>
    public bool AsksForAge { get; }

    /// <summary>True for "how long ..." questions, which a clause without a date can answer.</summary>
    public bool AsksForDuration { get; }

    /// <summary>
    /// False when the question names a person who speaks in the knowledge with a role (by name or role word,
    /// "Scheffer", "the spokesman") and <paramref name="statement"/> is not theirs.
    /// </summary>
    public bool SpokenBy(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        // The speaker asked about is who the question's subject names ("what did the port operator say"), else any
        // role holder it names.
        var named = (SpeechSubject.Of(Plan) ?? [.. Plan.KeyWords])
            .Where(w => w.IsKey && w.Stem is { } stem && Index.RoleHolderTerms.Contains(stem) && !Index.BodySpeakerTerms.Contains(stem))
            .ToList();
        if (named.Count == 0)
        {
            return true;
        }

        // The speaker's role may be given in another of their sentences ("Belcourt said" after "Belcourt, chief executive of ...").
        var role = string.IsNullOrEmpty(statement.Role) && statement.Speaker is { } speaker
            ? Index.Statements.FirstOrDefault(s => s.Speaker == speaker && !string.IsNullOrEmpty(s.Role))?.Role
            : statement.Role;
        var person = statement.Speaker is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : new HashSet<string>(Analysis.TokenStreams.Terms(Index.IndexAnalyzer, $"{statement.Speaker} {role}"), StringComparer.Ordinal);
        return named.TrueForAll(w => w.Terms.Any(t => person.Contains(t.Term)));
    }

    private static HashSet<string> Counted(QueryPlan plan)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var at = plan.Question.IndexOf("how many ", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return terms;
        }

        foreach (var word in plan.Words.Where(w => w.Start >= at + "how many ".Length).Take(3))
        {
            if (word.Tier == WordTier.Function)
            {
                break;
            }

            terms.UnionWith(word.Terms.Select(static t => t.Term));
        }

        return terms;
    }

    /// <summary>A view of <paramref name="statement"/> marked with the question's terms.</summary>
    public SentenceView View(Statement statement) =>
        SentenceView.Create(statement, SentenceView.WordsOf(statement.Text), Index.TokensOf(statement), QuestionTerms);

    /// <summary>
    /// True when the question names a role with a qualifier no holder of that role in the knowledge has: "the UN
    /// secretary general" when the knowledge has a NATO secretary general, "Russia's spokesman" when it has a NATO one.
    /// </summary>
    public bool QualifiesRoleDifferently()
    {
        var words = Plan.Words.Where(static w => w.Tier != WordTier.Function).ToList();
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Stem is not { } stem || !Index.RolesByTerm.TryGetValue(stem, out var holders))
            {
                continue;
            }

            // A role word that is also a body that speaks ("covers NATO's presence") is not a person's role here.
            var qualifier = words[i - 1];
            var adjacent = Plan.Question.AsSpan(qualifier.End, word.Start - qualifier.End).Trim("'s’ ").IsEmpty;
            if (!adjacent || qualifier.Tier != WordTier.Content || Index.BodySpeakerTerms.Contains(stem)
                || (qualifier.Stem is { } own && holders.Exists(h => h.RoleTerms.Contains(own))))
            {
                continue;
            }

            if (!holders.Exists(h => qualifier.Terms.Any(t => h.PersonTerms.Contains(t.Term))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The known person the question's content words all name ("who is Stefan Bos"), with their role when they speak
    /// in the knowledge, provided <paramref name="view"/> names them; otherwise null.
    /// </summary>
    public (string Speaker, string? Role)? NamedPerson(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var keys = Plan.KeyWords.ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        foreach (var (person, names) in Index.PeopleWords)
        {
            if (keys.TrueForAll(k => names.Contains(k.Surface))
                && (view.Text.Contains(person, StringComparison.OrdinalIgnoreCase) || view.Statement.Speaker == person))
            {
                var role = view.Statement.Speaker == person ? view.Statement.Role : null;
                return (person, string.IsNullOrEmpty(role) ? null : role);
            }
        }

        return null;
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

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsource of\b|\bwho is the source\b|\baccording to (?:whom|who)\b|\bwho (?:says|said|claims|claimed|gave|gives) (?:so|that|this|the figure|the number)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SourcePattern();
}
