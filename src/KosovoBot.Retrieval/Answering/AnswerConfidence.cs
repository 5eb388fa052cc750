using System.Text.RegularExpressions;
using KosovoBot.Core.Answers;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// How sure the bot is that the best statement answers the question, in [0, 1], and whether the question asks for
/// something the knowledge lacks. Calibration: <c>coverage³ · (0.3 + 0.7 · match)</c>, where coverage is the share of
/// the question's key words the knowledge has (a word the knowledge lacks counts partly as covered when a semantic
/// model finds the best statement close in meaning to the question) and match the share the best statement itself
/// has. A question with all its words in one statement scores 1; one unknown word in four, at most 0.42; one in three,
/// at most 0.30; half its words unknown, at most 0.13. Declines regardless of the score: a name, number or date the knowledge lacks; the thing a
/// question asks about ("what nationality", "how many police", "the capital of") or the relation it asks ("when was
/// it founded") absent from the knowledge; an owner ("Turkey's view") the knowledge never mentions.
/// </summary>
internal static partial class AnswerConfidence
{
    /// <summary>The confidence, and the reason to decline whatever it is (null when the score decides).</summary>
    /// <param name="plan">The question.</param>
    /// <param name="statementTerms">The index terms of the best statement.</param>
    /// <param name="statementDates">The date tokens of the best statement.</param>
    /// <param name="similarity">The cosine of the question and the statement when a semantic model ranked it.</param>
    /// <param name="knownAsWritten">
    /// True when the knowledge has the word itself or a synonym, not only a word that stems alike ("nationality" and
    /// "nations"); the thing a question asks about must be known as written.
    /// </param>
    /// <param name="meant">
    /// Words of <see cref="UnknownNames"/> and <see cref="UnknownCommonWords"/> whose meaning a semantic model found in
    /// the knowledge.
    /// </param>
    /// <param name="saysInOtherWords">True when the best statement (its terms) says a meant common word in other words.</param>
    public static (double Confidence, DeclineReason? Reason) Judge(
        QueryPlan plan, IReadOnlySet<string> statementTerms, IReadOnlySet<string> statementDates, double? similarity = null,
        Func<QueryWord, bool>? knownAsWritten = null, IReadOnlySet<QueryWord>? meant = null,
        Func<QueryWord, IReadOnlySet<string>, bool>? saysInOtherWords = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(statementTerms);
        ArgumentNullException.ThrowIfNull(statementDates);
        var optional = ChoiceWords(plan);
        var keys = plan.KeyWords.Where(w => w.Covered || !optional.Contains(w)).ToList();
        var isLong = plan.Words.Count(static w => w.Tier != WordTier.Function) > AnswerWeights.LongQuestionWords;
        if (isLong)
        {
            keys = keys.FindAll(static w => w.Covered || w.Salient);
        }

        var dates = plan.Dates.Count > 0 ? 1 : 0;
        var count = keys.Count + dates;
        if (count == 0)
        {
            return (0, DeclineReason.NoContentWords);
        }

        var matched = keys.Count(w => w.Terms.Any(t => statementTerms.Contains(t.Term)) || saysInOtherWords?.Invoke(w, statementTerms) == true)
                      + (plan.Dates.Any(d => d.Tokens.Any(statementDates.Contains)) ? 1 : 0);
        // A name the knowledge does not spell but whose meaning it has (a semantic model's nearest word) is covered.
        meant ??= new HashSet<QueryWord>();
        bool Has(QueryWord w) => w.Covered || meant.Contains(w);
        var uncovered = keys.Count(w => !Has(w)) + (dates > 0 && !plan.DatesCovered ? 1 : 0);
        var meaning = similarity is { } cosine
            ? Math.Clamp((cosine - AnswerWeights.SimilarityFloor) / (AnswerWeights.SimilarityCeiling - AnswerWeights.SimilarityFloor), 0, 1)
            : 0;
        var coverage = (count - uncovered + (uncovered * meaning * AnswerWeights.MeaningCoverage)) / count;
        var match = (double)matched / count;
        var confidence = Math.Pow(coverage, AnswerWeights.CoveragePower) * (AnswerWeights.CoverageFloor + ((1 - AnswerWeights.CoverageFloor) * match));
        confidence = Math.Round(Math.Clamp(confidence, 0, 1), 3);

        if (keys.Exists(w => w.Salient && !Has(w)) || (plan.Dates.Count > 0 && !plan.DatesCovered))
        {
            return (Math.Round(confidence * AnswerWeights.UnknownNamePenalty, 3), DeclineReason.UnknownName);
        }

        if (Owner(plan) is { Covered: false, Tier: WordTier.Content } owner && !meant.Contains(owner))
        {
            return (Math.Round(confidence * AnswerWeights.UnknownNamePenalty, 3), DeclineReason.UnknownName);
        }

        // Whose words are asked for ("what did the mayor say"): someone the knowledge never mentions.
        var known = knownAsWritten ?? (static w => w.Covered && !w.Corrected);
        // Someone meant but not named is not enough here: their own words are asked for ("what did Putin say").
        if ((SpeechSubject.Of(plan) ?? []).Any(w => w.Tier == WordTier.Content && !(w.Covered && known(w))))
        {
            return (Math.Round(confidence * AnswerWeights.UnknownNamePenalty, 3), DeclineReason.UnknownName);
        }

        if (WordsIn(plan, SlotPattern().Match(Lower(plan)), "slot").Any(w => w.Tier == WordTier.Content && !(w.Covered && known(w)))
            || Relation(plan) is { Tier: WordTier.Content } relation && !(relation.Covered && known(relation)))
        {
            return (Math.Round(confidence * AnswerWeights.UnknownNamePenalty, 3), DeclineReason.AttributeMissing);
        }

        if (isLong && matched < AnswerWeights.LongQuestionMinMatched)
        {
            return (confidence, DeclineReason.LowConfidence);
        }

        return (confidence, null);
    }

    /// <summary>
    /// The question's names the knowledge does not spell ("Moscow", "moscow's position"): the words whose meaning a
    /// semantic model may find in the knowledge under another name. Common words are not asked: a single common word
    /// is close to too many others ("start" to "told") for its nearest word to say that its meaning is there.
    /// </summary>
    public static IReadOnlyList<QueryWord> UnknownNames(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var owner = Owner(plan);
        return [.. plan.Words.Where(w => !w.Covered && !w.InDate && w.Tier == WordTier.Content && w.Terms.Count > 0
                                          && (w.Salient || ReferenceEquals(w, owner)) && w.Surface.All(char.IsLetter))];
    }

    /// <summary>
    /// The question's common words the knowledge does not spell ("journalists", "gather"): a semantic model may find
    /// them said in other words by the statements that may answer (names are <see cref="UnknownNames"/>). The thing
    /// the question asks for is not among them: it must be spelled, because a statement that says something near it
    /// ("leaders" for "the mayor of", "forces" for "how many police officers") does not answer it.
    /// </summary>
    public static IReadOnlyList<QueryWord> UnknownCommonWords(QueryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var owner = Owner(plan);
        var lower = Lower(plan);
        var asked = new HashSet<QueryWord>(WordsIn(plan, SlotPattern().Match(lower), "slot"), ReferenceEqualityComparer.Instance);
        asked.UnionWith(WordsIn(plan, AskedRolePattern().Match(lower), "slot"));
        if (Relation(plan) is { } relation)
        {
            asked.Add(relation);
        }

        return [.. plan.Words.Where(w => !w.Covered && !w.InDate && w.Tier == WordTier.Content && w.Terms.Count > 0
                                          && !w.Salient && !ReferenceEquals(w, owner) && !asked.Contains(w)
                                          && w.Surface.All(char.IsLetter))];
    }

    // The words of a group of a match: the thing asked about ("what nationality", "how many police", "the hourly wage
    // of", "Kosovo's capital"), or whose words are asked for ("what did the mayor of X say").
    private static IEnumerable<QueryWord> WordsIn(QueryPlan plan, Match match, string group)
    {
        if (!match.Success)
        {
            return [];
        }

        var span = match.Groups[group];
        return plan.Words.Where(w => w.Start >= span.Index && w.End <= span.Index + span.Length);
    }

    // The owner of what is asked: "Turkey's view", "moscow's position".
    private static QueryWord? Owner(QueryPlan plan) => WordAt(plan, OwnerPattern().Match(Lower(plan)), "owner");

    // The relation of a passive question: "when was NATO founded", "how many have been injured".
    private static QueryWord? Relation(QueryPlan plan) => WordAt(plan, RelationPattern().Match(Lower(plan)), "rel");

    // "A or B?": the alternatives' words; one of them missing from the knowledge is the point of the question.
    private static HashSet<QueryWord> ChoiceWords(QueryPlan plan)
    {
        var words = new HashSet<QueryWord>(ReferenceEqualityComparer.Instance);
        var match = ChoicePattern().Match(Lower(plan));
        if (!match.Success)
        {
            return words;
        }

        var or = match.Groups["or"].Index;
        var after = plan.Words.Where(w => w.Start > or).ToList();
        var before = plan.Words.Where(w => w.End <= or).Reverse().Take(Math.Clamp(after.Count, 1, 4));
        words.UnionWith(after);
        words.UnionWith(before);
        return words;
    }

    private static string Lower(QueryPlan plan) => plan.Question.ToLowerInvariant().Replace('’', '\'');

    private static QueryWord? WordAt(QueryPlan plan, Match match, string group)
    {
        if (!match.Success)
        {
            return null;
        }

        var start = match.Groups[group].Index;
        return plan.Words.FirstOrDefault(w => w.Start == start);
    }

    [GeneratedRegex(@"^(?:(?:what|which)\s+(?!(?:is|are|was|were|do|does|did|will|would|can|could|has|have|had|'s|s)\b)(?<slot>[a-z]+)|how (?:many|much)\s+(?<slot>[a-z]+)|what(?:'s| is| was| are| were)\s+(?:the |an? )?(?<slot>[a-z]+(?:\s+[a-z]+)?)\s+of\b)|'s\s+(?<slot>[a-z]+)\s*\??\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlotPattern();

    // The role a who-question asks about ("who is the mayor of", "who's the prime minister of"), or whose name is asked
    // ("the name of the Serbian prime minister").
    [GeneratedRegex(@"^who(?:'s| is| was| are| were| will be)\s+(?:the |an? )?(?<slot>[a-z]+(?:\s+[a-z]+)?)\s+(?:of|in|for|at)\b|\bnames?\s+of\s+(?:the\s+|an?\s+)?(?<slot>[a-z]+(?:\s+[a-z]+){0,2})", RegexOptions.CultureInvariant)]
    private static partial Regex AskedRolePattern();

    [GeneratedRegex(@"\b(?<owner>[a-z]+)'s\s+(?:[a-z]+\s+)?(?:view|views|position|stance|opinion|reaction|response|plan|plans|policy|role|take|attitude)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerPattern();

    [GeneratedRegex(@"\b(?:was|were|been|be|being|get|got)\s+(?<rel>[a-z]+(?:ed|en))\b|^(?:when|where)\s+(?:did|does|do|will|would|was|were|is|are|has|have|had)\s+(?:the\s+)?[a-z']+\s+(?<rel>[a-z]+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RelationPattern();

    [GeneratedRegex(@"\s(?<or>or)\s+[^,]{1,60}?\??\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChoicePattern();
}
