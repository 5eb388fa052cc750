using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Deterministic extractive answers: candidates from <see cref="IStatementSearch"/>, a short answer cut from the
/// best one by question type, verbatim citations, and a decline when the knowledge does not cover the question.
/// </summary>
internal sealed class ExtractiveAnswerService(
    IStatementSearch search,
    KnowledgeIndexCache cache,
    IOptions<RetrievalOptions> options,
    ILogger<ExtractiveAnswerService> logger) : IAnswerService
{
    private const double TypedAnswerScoreRatio = 0.5;

    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        var plan = cache.Plan(question);
        var candidates = plan.KeyCount == 0 ? [] : await search.SearchAsync(question, settings.CandidatePool, cancellationToken);
        var answer = Answer(question, plan, candidates);
        return answer with { Candidates = candidates };
    }

    /// <summary>Answers <paramref name="question"/> from the candidates of its one search.</summary>
    private Answer Answer(string question, QueryPlan plan, IReadOnlyList<ScoredStatement> candidates)
    {
        var settings = options.Value;
        var index = cache.Current;
        if (!plan.KeyWords.Any(static w => w.Tier == WordTier.Content) && plan.Dates.Count == 0
            && SummaryIntent.IsMatch(plan.Question) && index.Knowledge.Documents.Count > 0)
        {
            return Summary(plan.Question, index, settings);
        }

        if (plan.KeyCount == 0)
        {
            return Decline(plan.Question, index, 0, DeclineReason.NoContentWords);
        }

        if (candidates.Count == 0)
        {
            return Decline(plan.Question, index, 0, DeclineReason.NoMatch);
        }

        var top = candidates[0].Statement;
        var confidence = AnswerConfidence.Of(plan, index.TermsOf(top), DatesOf(top));
        if (confidence < settings.AbstainBelow)
        {
            return Decline(plan.Question, index, confidence, plan.SalientUncovered ? DeclineReason.UnknownName : DeclineReason.LowConfidence);
        }

        var type = QuestionClassifier.Classify(plan.Question);
        var context = new AnswerContext(plan, index, settings.MaxAnswerWords);
        if (context.QualifiesRoleDifferently())
        {
            return Decline(plan.Question, index, confidence * 0.2, DeclineReason.OtherRoleHolder);
        }

        // A typed question (how many, when, where, who) may take its span from a slightly weaker statement when the
        // best one has no number, date, place or name.
        var ratio = type is QuestionType.What or QuestionType.Why or QuestionType.YesNo ? 1.0 : TypedAnswerScoreRatio;
        var eligible = candidates
            .TakeWhile(c => c.Score >= candidates[0].Score * ratio)
            .Take(ratio >= 1.0 ? 1 : 4)
            .ToList();
        var (chosen, span) = ShortAnswerPicker.Pick(
            type, eligible.ConvertAll(c => context.View(c.Statement)), eligible.ConvertAll(static c => c.Score), context);
        // When the best sentence lacks a name the user gave, a close runner-up that has every such name answers instead
        // ("... stay in Kosovo after the December 10 deadline ... no agreement with Serbia?").
        if (!HasNames(chosen.Statement, context))
        {
            var alternative = candidates
                .Take(4)
                .TakeWhile(c => c.Score >= candidates[0].Score * settings.CitationScoreRatio)
                .FirstOrDefault(c => HasNames(c.Statement, context));
            if (alternative is not null)
            {
                (chosen, span) = ShortAnswerPicker.Pick(type, [context.View(alternative.Statement)], [alternative.Score], context);
            }
        }

        if (HalfMatch(type, chosen, context) is { } reason)
        {
            return Decline(plan.Question, index, confidence * 0.2, reason);
        }

        var citations = new List<Citation> { Citation.Of(chosen.Statement) };
        foreach (var candidate in candidates)
        {
            if (citations.Count >= settings.MaxCitations || candidate.Score < candidates[0].Score * settings.CitationScoreRatio)
            {
                break;
            }

            if (!ReferenceEquals(candidate.Statement, chosen.Statement))
            {
                citations.Add(Citation.Of(candidate.Statement));
            }
        }

        Log.QuestionAnswered(logger, answered: true, type, confidence, citations.Count);
        return new Answer
        {
            Question = plan.Question,
            Answered = true,
            Text = AnswerText.Finish(span, settings.MaxAnswerWords),
            Confidence = confidence,
            Citations = citations,
        };
    }

    // The gist: each newest article's first sentence, the newest one as the short answer.
    private Answer Summary(string question, KnowledgeIndex index, RetrievalOptions settings)
    {
        var leads = index.Knowledge.Documents
            .Where(static d => d.Statements.Count > 0)
            .OrderByDescending(static d => d.Source.Published)
            .Take(settings.MaxCitations)
            .Select(static d => d.Statements[0])
            .ToList();
        if (leads.Count == 0)
        {
            return Decline(question, index, 0, DeclineReason.NoKnowledge);
        }

        const double SummaryConfidence = 0.9;
        Log.QuestionAnswered(logger, answered: true, QuestionType.What, SummaryConfidence, leads.Count);
        return new Answer
        {
            Question = question,
            Answered = true,
            Text = AnswerText.Finish(leads[0].Text, settings.MaxAnswerWords),
            Confidence = SummaryConfidence,
            Citations = leads.ConvertAll(Citation.Of),
        };
    }

    // A name the user gave that the answering sentence lacks ("How many troops does Serbia have?" answered from a
    // sentence about KFOR's troops), a how-many without a number, a when without a date, or "what did Scheffer say"
    // answered from someone else's words: the question only half matches the knowledge.
    private static DeclineReason? HalfMatch(QuestionType type, SentenceView chosen, AnswerContext context)
    {
        var terms = context.Index.TermsOf(chosen.Statement);
        var keys = context.Plan.KeyWords.ToList();
        var matched = keys.Count(w => w.Terms.Any(t => terms.Contains(t.Term)));
        if (keys.Exists(w => w.Salient && w.Covered && !w.Terms.Any(t => terms.Contains(t.Term))) && matched < keys.Count * 0.75)
        {
            return DeclineReason.NameMissing;
        }

        if (type == QuestionType.Quantity && ShortAnswers.Quantity(chosen, context.QuestionWords, out _) is null)
        {
            return DeclineReason.NoNumber;
        }

        if (type == QuestionType.When && chosen.Statement.Dates.Count == 0 && !context.AsksForDuration)
        {
            return DeclineReason.NoDate;
        }

        return context.AsksAboutSpeech && !context.SpokenBy(chosen.Statement)
            ? DeclineReason.NotTheirWords
            : null;
    }

    private static bool HasNames(Statement statement, AnswerContext context)
    {
        var terms = context.Index.TermsOf(statement);
        return context.Plan.KeyWords.All(w => !w.Salient || !w.Covered || w.Terms.Any(t => terms.Contains(t.Term)));
    }

    private static HashSet<string> DatesOf(Statement statement) =>
        new(statement.Dates.SelectMany(static d => DateTokens.For(d.Date)), StringComparer.Ordinal);

    private Answer Decline(string question, KnowledgeIndex index, double confidence, DeclineReason reason)
    {
        Log.QuestionDeclined(logger, reason);
        return new Answer
        {
            Question = question,
            Answered = false,
            Text = DeclineMessage.For(index.Knowledge),
            Confidence = confidence,
            Declined = reason,
        };
    }
}
