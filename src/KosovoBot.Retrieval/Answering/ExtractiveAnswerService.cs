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
    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(question));
    }

    /// <summary>Answers synchronously; the work is CPU-bound and in memory.</summary>
    internal Answer Answer(string question)
    {
        var settings = options.Value;
        var index = cache.Current;
        var plan = QueryPlanner.Plan(index, question, (float)settings.SynonymWeight);
        if (plan.KeyCount == 0)
        {
            return Decline(plan.Question, index, 0, "no content words");
        }

        var candidates = search.Search(plan.Question, settings.CandidatePool);
        if (candidates.Count == 0)
        {
            return Decline(plan.Question, index, 0, "no statement matched");
        }

        var top = candidates[0].Statement;
        var confidence = AnswerConfidence.Of(plan, index.TermsOf(top), DatesOf(top));
        if (confidence < settings.AbstainBelow)
        {
            return Decline(plan.Question, index, confidence, "below the abstention threshold");
        }

        var type = QuestionClassifier.Classify(plan.Question);
        var context = new AnswerContext(plan, index, settings.MaxAnswerWords);
        if (context.QualifiesRoleDifferently(top))
        {
            return Decline(plan.Question, index, confidence * 0.2, "the question names another holder of the speaker's role");
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

    private static HashSet<string> DatesOf(Statement statement) =>
        new(statement.Dates.SelectMany(static d => DateTokens.For(d.Date)), StringComparer.Ordinal);

    private Answer Decline(string question, KnowledgeIndex index, double confidence, string reason)
    {
        Log.QuestionDeclined(logger, reason);
        return new Answer
        {
            Question = question,
            Answered = false,
            Text = DeclineMessage.For(index.Knowledge),
            Confidence = confidence,
        };
    }
}
