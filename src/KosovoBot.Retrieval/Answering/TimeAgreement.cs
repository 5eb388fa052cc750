using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Dates;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Search;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Ranks the candidates of a question by whether their time agrees with the question's: a question about what is
/// planned or expected ("how long is the strike meant to last?") prefers a statement about what is ahead ("would
/// last until Friday") over one about what is over ("lasted eleven days in 2019"), a question about what happened the
/// other way round, and a question that names a year ("the 2019 strike") prefers the statements of that year. A
/// statement's time comes from its resolved dates, seen from its article's publication day, and from its verbs
/// (reporting verbs such as "said" do not count: what is reported may be about any time).
/// </summary>
internal static partial class TimeAgreement
{
    // A statement about the other time keeps this share of its score: a clear match still wins, a near tie flips.
    private const double OtherTime = 0.6;

    // A statement of another year than the one the question names keeps this share of its score.
    private const double OtherYear = 0.5;

    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "said", "told", "added", "warned", "stated", "announced", "reported", "claimed", "explained", "noted",
        "insisted", "argued", "suggested", "wrote", "asked", "urged", "replied", "declared", "confirmed", "stressed",
    };

    // A statement's direction depends on the statement alone: read once, not again for every question it comes up in.
    private static readonly SnapshotMemo<Statement, StrongBox<TimeDirection>> Directions = new(static s => new(Read(s)));

    /// <summary>The candidates of <paramref name="plan"/> in order of their score times their agreement in time.</summary>
    public static IReadOnlyList<ScoredStatement> Rank(QueryPlan plan, IReadOnlyList<ScoredStatement> candidates)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(candidates);
        if (candidates.Count < 2)
        {
            return candidates;
        }

        var direction = QuestionTime.Read(plan.Question);
        var years = plan.Dates
            .Where(static d => d.Tokens.Count == 1 && d.Tokens[0].StartsWith('y') && !d.Tokens[0].StartsWith("ym", StringComparison.Ordinal))
            .Select(static d => d.Tokens[0])
            .ToList();
        var checkYears = years.Count > 0 && candidates.Any(c => OfYear(c.Statement, years));
        if (direction == TimeDirection.Unmarked && !checkYears)
        {
            return candidates;
        }

        var ranked = candidates
            .Select((c, order) =>
            {
                var factor = 1.0;
                var own = Direction(c.Statement);
                if (direction != TimeDirection.Unmarked && own != TimeDirection.Unmarked && own != direction)
                {
                    factor *= OtherTime;
                }

                if (checkYears && !OfYear(c.Statement, years))
                {
                    factor *= OtherYear;
                }

                return (Hit: factor == 1.0 ? c : c with { Score = c.Score * factor }, Order: order);
            })
            .ToList();
        ranked.Sort(static (a, b) => b.Hit.Score != a.Hit.Score ? b.Hit.Score.CompareTo(a.Hit.Score) : a.Order.CompareTo(b.Order));
        return [.. ranked.Select(static r => r.Hit)];
    }

    /// <summary>
    /// Which way <paramref name="statement"/> points: ahead when it has a future or arrangement word ("will",
    /// "would", "due", "next") or a date after its article's day or an "ongoing since" date, past when it has a
    /// past verb other than a reporting one or a date before that day, unmarked when it has both or neither.
    /// </summary>
    public static TimeDirection Direction(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Directions.Get(statement).Value;
    }

    private static TimeDirection Read(Statement statement)
    {
        var published = statement.Source.Published;
        var text = statement.Text;
        var ahead = false;
        var past = false;
        foreach (var mention in statement.Dates)
        {
            var at = text.IndexOf(mention.Text, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && Since().IsMatch(text.AsSpan(0, at)))
            {
                ahead = true; // "have been in the city since 2004": still going on
            }
            else if (mention.Date.Start > published)
            {
                ahead = true;
            }
            else if (mention.Date.End < published)
            {
                past = true;
            }
        }

        foreach (Match word in Word().Matches(text))
        {
            var lower = word.Value.ToLowerInvariant();
            if (TenseVocabulary.Future.Contains(lower))
            {
                ahead = true;
            }
            else if (!Reporting.Contains(lower)
                     && (TenseVocabulary.Past.Contains(lower)
                         || (lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) && !TenseVocabulary.NotPast.Contains(lower)
                             && !TenseVocabulary.Future.Contains(lower) && !TenseVocabulary.Prospective.Contains(lower))))
            {
                past = true;
            }
        }

        return (ahead, past) switch
        {
            (true, false) => TimeDirection.Ahead,
            (false, true) => TimeDirection.Past,
            _ => TimeDirection.Unmarked,
        };
    }

    // The statement names one of the years, or was published in one of them (its own words are of that year).
    private static bool OfYear(Statement statement, List<string> years) =>
        years.Contains(DateTokens.Year(statement.Source.Published.Year))
        || statement.Dates.Any(d => years.Contains(DateTokens.Year(d.Date.Year)) || (d.Date.End.Year != d.Date.Year && years.Contains(DateTokens.Year(d.Date.End.Year))));

    [GeneratedRegex(@"\bsince\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Since();

    [GeneratedRegex(@"[\p{L}][\p{L}'’]*", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
