using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Confidence that the best statement answers the question, in [0, 1]: how much of the question the knowledge
/// covers at all (to the fourth power, so one unknown word in four sinks it), times how much of the question the best statement
/// itself matches. A name, number or date the knowledge lacks sinks it outright.
/// </summary>
internal static class AnswerConfidence
{
    /// <summary>Confidence for <paramref name="plan"/> answered by a statement with <paramref name="statementTerms"/> and <paramref name="statementDates"/>.</summary>
    public static double Of(QueryPlan plan, IReadOnlySet<string> statementTerms, IReadOnlySet<string> statementDates)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(statementTerms);
        ArgumentNullException.ThrowIfNull(statementDates);
        var keys = plan.KeyCount;
        if (keys == 0)
        {
            return 0;
        }

        var coverage = (double)(keys - plan.UncoveredCount) / keys;
        var matched = plan.KeyWords.Count(w => w.Terms.Any(t => statementTerms.Contains(t.Term)));
        if (plan.Dates.Any(d => d.Tokens.Any(statementDates.Contains)))
        {
            matched++;
        }

        var match = (double)matched / keys;
        var confidence = Math.Pow(coverage, 4) * (0.3 + (0.7 * match));
        if (plan.SalientUncovered)
        {
            confidence *= 0.1;
        }

        return Math.Round(Math.Clamp(confidence, 0, 1), 3);
    }
}
