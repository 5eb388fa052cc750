using System.Text.RegularExpressions;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;
using KosovoBot.Retrieval.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Deterministic extractive answers: one search through <see cref="IStatementSearch"/>, a short answer cut from the
/// best candidate by question type, verbatim citations, and a decline (with its <see cref="DeclineReason"/>) when the
/// knowledge does not hold what the question asks for. The candidates travel with the answer, so that a decorating
/// answerer does not search again.
/// </summary>
internal sealed partial class ExtractiveAnswerService(
    IStatementSearch search,
    KnowledgeIndexCache cache,
    IOptions<RetrievalOptions> options,
    ILogger<ExtractiveAnswerService> logger,
    IWordMeaning? meaning = null) : IAnswerService
{
    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        using var lease = cache.Acquire();
        var plan = cache.Plan(lease.Index, question);
        var candidates = plan.KeyCount == 0 && plan.Words.Count == 0
            ? []
            : TimeAgreement.Rank(plan, await search.SearchAsync(question, settings.CandidatePool, cancellationToken));
        var meant = await MeantAsync(plan, lease.Index, candidates, cancellationToken);
        candidates = meant.Rerank(plan, lease.Index, candidates);
        var answer = Answer(lease.Index, plan, candidates, settings, meant);
        if (!answer.Answered)
        {
            answer = answer with { Text = DeclineMessage.Explain(lease.Index.Knowledge, plan, candidates, answer.Declined) };
        }

        return answer with { Question = ChatMarkupFree(question), Candidates = candidates };
    }

    // The question's names the knowledge does not spell but whose meaning it has, and its common words the best
    // candidates say in other words (one model call each).
    private async Task<MeaningMatch> MeantAsync(
        QueryPlan plan, KnowledgeIndex index, IReadOnlyList<ScoredStatement> candidates, CancellationToken cancellationToken)
    {
        if (meaning is null || candidates.Count == 0)
        {
            return MeaningMatch.None;
        }

        var meant = new HashSet<QueryWord>(ReferenceEqualityComparer.Instance);
        var names = AnswerConfidence.UnknownNames(plan);
        if (names.Count > 0)
        {
            var present = await meaning.PresentAsync([.. names.Select(static w => w.Surface)], cancellationToken);
            meant.UnionWith(names.Where(w => present.Contains(w.Surface)));
        }

        var equivalents = new Dictionary<QueryWord, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        var common = AnswerConfidence.UnknownCommonWords(plan);
        if (common.Count > 0)
        {
            var texts = candidates.Take(AnswerWeights.MeaningCandidates).Select(static c => c.Statement.Text).ToList();
            var said = await meaning.EquivalentsAsync(plan.Question, [.. common.Select(static w => w.Surface)], texts, cancellationToken);
            foreach (var word in common)
            {
                // A person's name is not a common word's meaning ("afghanistan" typed in lower case is no "Appathurai").
                if (said.TryGetValue(word.Surface, out var found)
                    && found.Where(o => !index.PeopleWords.Values.Any(p => p.Contains(o, StringComparer.OrdinalIgnoreCase))).ToList() is { Count: > 0 } others)
                {
                    meant.Add(word);
                    equivalents[word] = new HashSet<string>(
                        others.SelectMany(o => Analysis.TokenStreams.Terms(index.IndexAnalyzer, o)), StringComparer.Ordinal);
                }
            }
        }

        return meant.Count == 0 ? MeaningMatch.None : new MeaningMatch(meant, equivalents);
    }

    private static string ChatMarkupFree(string question) => Core.Chat.ChatMarkup.Strip(question);

    /// <summary>Answers the planned question from the candidates of its one search.</summary>
    private Answer Answer(
        KnowledgeIndex index, QueryPlan plan, IReadOnlyList<ScoredStatement> candidates, RetrievalOptions settings, MeaningMatch meant)
    {
        if (index.Knowledge.Documents.Count == 0 || index.Statements.Count == 0)
        {
            return Decline(plan.Question, index, 0, DeclineReason.NoKnowledge);
        }

        if (ArticleQuestion.Classify(plan.Question) is var kind and not ArticleQuestionKind.None)
        {
            var document = DocumentOf(index, candidates);
            if (ArticleQuestion.Answer(kind, document, settings.MaxCitations) is { } about)
            {
                return Answered(plan, QuestionType.What, about.Text, about.Citations, AnswerWeights.FrontMatterConfidence, settings);
            }
        }

        if (SummaryIntent.IsMatch(plan.Question) && plan.Dates.Count == 0
            && !plan.KeyWords.Any(static w => w.Tier == WordTier.Content && w.Covered && !w.Salient))
        {
            return Summary(plan, index, settings);
        }

        if (plan.KeyCount == 0)
        {
            return Decline(plan.Question, index, 0, DeclineReason.NoContentWords);
        }

        if (candidates.Count == 0)
        {
            return Decline(plan.Question, index, 0, DeclineReason.NoMatch);
        }

        var type = QuestionClassifier.Classify(plan.Question);
        var top = candidates[0];
        var judgement = AnswerConfidence.Judge(
            plan, index.TermsOf(top.Statement), DatesOf(top.Statement), top.Similarity, w => KnownAsWritten(index, w), meant.Meant, meant.SaysInOtherWords);
        var confidence = judgement.Confidence;
        Log.BestStatementJudged(logger, top.Statement.Id, confidence, top.Similarity);
        if (judgement.Reason is { } missing)
        {
            return Decline(plan.Question, index, confidence, missing);
        }

        if (confidence < settings.AbstainBelow)
        {
            return Decline(plan.Question, index, confidence, DeclineReason.LowConfidence);
        }

        var context = new AnswerContext(plan, index, settings.MaxAnswerWords);
        if (context.QualifiesRoleDifferently())
        {
            return Decline(plan.Question, index, confidence * AnswerWeights.HalfMatchPenalty, DeclineReason.OtherRoleHolder);
        }

        if (type == QuestionType.Role)
        {
            return RoleOf(plan, context, candidates, confidence, settings);
        }

        // A typed question (how many, when, where, who) may take its span from a slightly weaker statement when the
        // best one has no number, date, place or name, provided it matches as much of the question.
        var topMatched = Matched(plan, index, top.Statement);
        var ratio = type is QuestionType.What or QuestionType.Why or QuestionType.YesNo ? 1.0 : AnswerWeights.TypedAnswerScoreRatio;
        var eligible = candidates
            .TakeWhile(c => c.Score >= top.Score * ratio)
            .Take(ratio >= 1.0 ? 1 : AnswerWeights.TypedAnswerCandidates)
            .Where(c => ReferenceEquals(c, top) || Matched(plan, index, c.Statement) >= topMatched)
            .ToList();
        var (chosen, span) = ShortAnswerPicker.Pick(
            type, eligible.ConvertAll(c => context.View(c.Statement)), eligible.ConvertAll(static c => c.Score), context);

        // When the best sentence lacks a name the user gave, a close runner-up that has every such name answers instead
        // ("... stay in Kosovo after the December 10 deadline ... no agreement with Serbia?").
        if (!HasNames(chosen.Statement, context))
        {
            var alternative = candidates
                .Take(AnswerWeights.TypedAnswerCandidates)
                .TakeWhile(c => c.Score >= top.Score * settings.CitationScoreRatio)
                .FirstOrDefault(c => HasNames(c.Statement, context));
            if (alternative is not null)
            {
                (chosen, span) = ShortAnswerPicker.Pick(type, [context.View(alternative.Statement)], [alternative.Score], context);
            }
        }

        // "Why does X say ...?" is answered by X's own reason, not by the sentence that only reports X's claim.
        if (type == QuestionType.Why && SpeakersReason(index, chosen.Statement, candidates) is { } reasoned)
        {
            (chosen, span) = ShortAnswerPicker.Pick(type, [context.View(reasoned.Statement)], [reasoned.Score], context);
        }

        if (HalfMatch(type, chosen, context) is { } reason)
        {
            return Decline(plan.Question, index, confidence * AnswerWeights.HalfMatchPenalty, reason);
        }

        var citations = new List<Citation> { Citation.Of(chosen.Statement) };
        foreach (var candidate in candidates)
        {
            if (citations.Count >= settings.MaxCitations || candidate.Score < top.Score * settings.CitationScoreRatio)
            {
                break;
            }

            if (!ReferenceEquals(candidate.Statement, chosen.Statement))
            {
                citations.Add(Citation.Of(candidate.Statement));
            }
        }

        return Answered(plan, type, span, citations, confidence, settings);
    }

    private Answer Answered(QueryPlan plan, QuestionType type, string span, List<Citation> citations, double confidence, RetrievalOptions settings)
    {
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

    // "What is Jaap de Hoop Scheffer's job?": the role the knowledge gives the person the question names, citing the
    // sentence that prints their name; a named person without a role is a decline, not a guess.
    private Answer RoleOf(QueryPlan plan, AnswerContext context, IReadOnlyList<ScoredStatement> candidates, double confidence, RetrievalOptions settings)
    {
        var index = context.Index;
        var person = index.PeopleWords
            .Where(p => p.Value.Count > 0 && context.QuestionWords.Contains(p.Value[^1]))
            .Select(static p => p.Key)
            .FirstOrDefault();
        if (person is null)
        {
            var (view, span) = ShortAnswerPicker.Pick(QuestionType.What, [context.View(candidates[0].Statement)], [candidates[0].Score], context);
            return Answered(plan, QuestionType.Role, span, [Citation.Of(view.Statement)], confidence, settings);
        }

        var role = index.Statements.FirstOrDefault(s => s.Speaker == person && !string.IsNullOrEmpty(s.Role))?.Role;
        if (role is null)
        {
            return Decline(plan.Question, index, confidence * AnswerWeights.HalfMatchPenalty, DeclineReason.AttributeMissing);
        }

        var naming = index.Statements.FirstOrDefault(s => s.Text.Contains(person, StringComparison.Ordinal))
                     ?? index.Statements.First(s => s.Speaker == person);
        return Answered(plan, QuestionType.Role, BotText.Format(BotMessages.ArticlePerson, person, role), [Citation.Of(naming)], confidence, settings);
    }

    // The sentence right after a claim, in the same paragraph and by the same speaker, that gives a reason ("would",
    // "because"), when the claim itself gives none: the speaker's own words behind what the sentence reports.
    private static ScoredStatement? SpeakersReason(KnowledgeIndex index, Statement claim, IReadOnlyList<ScoredStatement> candidates)
    {
        if (claim.Speaker is null || claim.Kind != StatementKind.Reported || ReasonWord().IsMatch(claim.Text))
        {
            return null;
        }

        var next = index.Statements.FirstOrDefault(s => s.Source.Id == claim.Source.Id && s.Ordinal == claim.Ordinal + 1);
        if (next is null || next.Paragraph != claim.Paragraph
            || !string.Equals(next.Speaker, claim.Speaker, StringComparison.Ordinal) || !ReasonWord().IsMatch(next.Text))
        {
            return null;
        }

        var score = candidates.FirstOrDefault(c => ReferenceEquals(c.Statement, claim))?.Score ?? 0;
        return new ScoredStatement(next, score);
    }

    [GeneratedRegex(@"\b(?:because|since|would|so that|due to|otherwise)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReasonWord();

    private static KnowledgeDocument DocumentOf(KnowledgeIndex index, IReadOnlyList<ScoredStatement> candidates)
    {
        var id = candidates.Count > 0 ? candidates[0].Statement.Source.Id : null;
        return index.Knowledge.Documents.FirstOrDefault(d => d.Source.Id == id)
               ?? index.Knowledge.Documents.OrderByDescending(static d => d.Source.Published).First();
    }

    // The word itself, a synonym or a close form of it ("decisions" for "decision", not "nations" for "nationality").
    private static bool KnownAsWritten(KnowledgeIndex index, QueryWord word)
    {
        var surface = word.Surface;
        // A short word corrected by a changed letter ("mayor" to "major") may be another word; a dropped or swapped
        // letter ("trops"), or a long word, is a typo.
        if (word.Correction is { } correction && surface.Length < AnswerWeights.TypoSafeLength
            && correction.Length != surface.Length + 1 && !correction.Order().SequenceEqual(surface.Order()))
        {
            return false;
        }

        if (index.Vocabulary.Contains(surface) || word.Terms.Skip(1).Any(t => index.Contains(t.Term)))
        {
            return true;
        }

        return surface.Length > 0 && index.VocabularyByInitial.TryGetValue(surface[0], out var words)
            && words.Any(v => Math.Abs(v.Length - surface.Length) <= 3
                              && v.AsSpan().CommonPrefixLength(surface) >= Math.Min(v.Length, surface.Length) - 2);
    }

    private static int Matched(QueryPlan plan, KnowledgeIndex index, Statement statement)
    {
        var terms = index.TermsOf(statement);
        return plan.KeyWords.Count(w => w.Terms.Any(t => terms.Contains(t.Term)));
    }

    // The gist: each newest article's first sentence, the newest one as the short answer.
    private Answer Summary(QueryPlan plan, KnowledgeIndex index, RetrievalOptions settings)
    {
        var leads = index.Knowledge.Documents
            .Where(static d => d.Statements.Count > 0)
            .OrderByDescending(static d => d.Source.Published)
            .Take(settings.MaxCitations)
            .Select(static d => d.Statements[0])
            .ToList();
        if (leads.Count == 0)
        {
            return Decline(plan.Question, index, 0, DeclineReason.NoKnowledge);
        }

        return Answered(plan, QuestionType.What, leads[0].Text, leads.ConvertAll(Citation.Of), AnswerWeights.SummaryConfidence, settings);
    }

    // A name the user gave that the answering sentence lacks ("How many troops does Serbia have?" answered from a
    // sentence about KFOR's troops), a how-many without a number (or a how-old without an age), a when without a
    // date, or "what did Scheffer say" answered from someone else's words: the question only half matches the knowledge.
    private static DeclineReason? HalfMatch(QuestionType type, SentenceView chosen, AnswerContext context)
    {
        var terms = context.Index.TermsOf(chosen.Statement);
        var keys = context.Plan.KeyWords.ToList();
        var matched = keys.Count(w => w.Terms.Any(t => terms.Contains(t.Term)));
        // A long chatty question names things in passing ("I have this VOA article open"); its names are context.
        var isLong = context.Plan.Words.Count(static w => w.Tier != WordTier.Function) > AnswerWeights.LongQuestionWords;
        if (!isLong && keys.Exists(w => w.Salient && w.Covered && !w.Terms.Any(t => terms.Contains(t.Term)))
            && matched < keys.Count * AnswerWeights.NameMissingShare)
        {
            return DeclineReason.NameMissing;
        }

        if (type == QuestionType.Quantity
            && (ShortAnswers.Quantity(chosen, context.QuestionWords, out _) is not { } number
                || (context.AsksForAge && !ShortAnswers.HasAge(chosen))
                || !Counts(number, context)))
        {
            return DeclineReason.NoNumber;
        }

        if (type == QuestionType.When && chosen.Statement.Dates.Count == 0 && !context.AsksForDuration && !ShortAnswers.HasTimePhrase(chosen))
        {
            return DeclineReason.NoDate;
        }

        return context.AsksAboutSpeech && !context.SpokenBy(chosen.Statement)
            ? DeclineReason.NotTheirWords
            : null;
    }

    // "How many ships ...": a number of something else ("120 kilometres") does not answer; a bare number or one of
    // the thing counted does.
    private static bool Counts(string number, AnswerContext context)
    {
        if (context.CountedTerms.Count == 0)
        {
            return true;
        }

        var unit = Analysis.TokenStreams.Terms(context.Index.IndexAnalyzer, number).Where(static t => !t.Any(char.IsDigit)).ToList();
        return unit.Count == 0 || unit.Exists(context.CountedTerms.Contains) || unit.TrueForAll(static t => t.Length <= 3);
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
