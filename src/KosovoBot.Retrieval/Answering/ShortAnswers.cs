using System.Text.RegularExpressions;

namespace KosovoBot.Retrieval.Answering;

/// <summary>
/// Cuts the span of a sentence that answers a question of a given type: a number with its unit, a date, a
/// place after a preposition, a name. Every span is the sentence's own words.
/// </summary>
internal static partial class ShortAnswers
{
    private static readonly HashSet<string> DatePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "since", "until", "till", "by", "before", "after", "on", "in", "from", "through", "around",
    };

    private static readonly HashSet<string> Limits = new(StringComparer.OrdinalIgnoreCase) { "until", "till", "through", "to" };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "with", "by", "and", "or", "but", "as",
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "that", "which", "who",
        "said", "says", "say", "told", "this", "these", "those", "it", "its", "their", "than", "if",
    };

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "most", "many", "some", "other", "the", "of", "&",
    };

    private static readonly HashSet<string> Identifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "resolution", "article", "chapter", "section", "paragraph", "number", "no", "no.", "flight", "route",
        "page", "room", "code", "law", "act", "decree", "protocol", "phase", "level", "grade", "item",
    };

    /// <summary>A number with its modifiers and unit ("just over 16,000 troops") nearest the question's words.</summary>
    public static string? Quantity(SentenceView view, out int distance) => Quantity(view, null, out distance);

    /// <summary>
    /// As <see cref="Quantity(SentenceView, out int)"/>; a numbered thing the question names ("resolution number")
    /// answers with its label and number ("resolution 1244").
    /// </summary>
    public static string? Quantity(SentenceView view, IReadOnlySet<string>? questionWords, out int distance)
    {
        ArgumentNullException.ThrowIfNull(view);
        Match? best = null;
        var bestDistance = int.MaxValue;
        var dates = view.Statement.Dates
            .Select(d => (Start: view.Text.IndexOf(d.Text, StringComparison.OrdinalIgnoreCase), d.Text.Length))
            .Where(static d => d.Start >= 0)
            .ToList();
        foreach (Match match in Number().Matches(view.Text))
        {
            var number = match.Groups["n"];

            // "December 10" is a date, not a count.
            if (dates.Exists(d => number.Index >= d.Start && number.Index < d.Start + d.Length))
            {
                continue;
            }

            var isYear = number.Length == 4 && int.TryParse(number.Value, out var year) && year is >= 1800 and <= 2100;
            if (isYear)
            {
                continue;
            }

            if (IsIdentifier(view, number.Index))
            {
                var label = view.Words[view.WordAt(number.Index) - 1];
                if (questionWords is not null && questionWords.Contains(label.Of(view.Text).ToLowerInvariant()))
                {
                    distance = 0;
                    return view.Text[label.Start..(number.Index + number.Length)];
                }

                continue;
            }

            var near = view.DistanceToMatch(number.Index);
            if (near < bestDistance)
            {
                (best, bestDistance) = (match, near);
            }
        }

        distance = bestDistance;
        if (best is null)
        {
            return null;
        }

        var span = best.Value;
        if (best.Groups["unit"].Success && FunctionWords.Contains(best.Groups["unit"].Value))
        {
            span = span[..(best.Groups["unit"].Index - best.Index)].TrimEnd();
        }

        return span;
    }

    /// <summary>True when the sentence names a time without a calendar date ("next week", "later this month", "soon").</summary>
    public static bool HasTimePhrase(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return TimePhrase().IsMatch(view.Text);
    }

    /// <summary>The date nearest the question's words (<see cref="When(SentenceView, out int)"/>), else the nearest time phrase ("next week").</summary>
    public static string? WhenOrTime(SentenceView view, out int distance)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (When(view, out distance) is { } date)
        {
            return date;
        }

        var phrase = TimePhrase().Matches(view.Text).MinBy(m => view.DistanceToMatch(m.Index));
        distance = phrase is null ? int.MaxValue : view.DistanceToMatch(phrase.Index);
        return phrase?.Value;
    }

    // A time phrase without a name or number of its own ("next month", "later this year"), resolved from the publication date.
    private static bool IsRelative(string mention) =>
        TimePhrase().Match(mention) is { Success: true } match && match.Length == mention.Length
        && !mention.Any(static c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>True when the sentence gives someone's age ("aged 52", "a 52-year-old", "52 years old").</summary>
    public static bool HasAge(SentenceView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Age().IsMatch(view.Text);
    }

    /// <summary>The date the sentence names nearest the question's words, described in full, with its preposition.</summary>
    public static string? When(SentenceView view, out int distance) => When(view, TimeDirection.Unmarked, limitsOnly: false, out distance);

    /// <summary>
    /// As <see cref="When(SentenceView, out int)"/>, among the dates on the <paramref name="direction"/> side of the
    /// article's day when the sentence has any ("would review the rules early next year", not "said on Monday", for
    /// "when will they review the rules?"); with <paramref name="limitsOnly"/>, only a date that ends a stretch of
    /// time ("until Friday").
    /// </summary>
    public static string? When(SentenceView view, TimeDirection direction, bool limitsOnly, out int distance)
    {
        ArgumentNullException.ThrowIfNull(view);
        string? best = null;
        var bestDistance = int.MaxValue;
        var published = view.Statement.Source.Published;
        var agreeing = direction == TimeDirection.Unmarked
            ? []
            : view.Statement.Dates.Where(d => direction == TimeDirection.Ahead ? d.Date.End >= published : d.Date.Start <= published).ToList();
        foreach (var mention in agreeing.Count > 0 ? agreeing : view.Statement.Dates)
        {
            var offset = view.Text.IndexOf(mention.Text, StringComparison.OrdinalIgnoreCase);
            if (offset < 0)
            {
                continue;
            }

            var at = view.WordAt(offset);
            if (limitsOnly && (at <= 0 || !Limits.Contains(view.Words[at - 1].Of(view.Text))))
            {
                continue;
            }

            var near = view.DistanceToMatch(offset);
            if (near >= bestDistance)
            {
                continue;
            }

            bestDistance = near;
            var described = mention.Date.Describe();
            if (IsRelative(mention.Text))
            {
                // The article's own words first ("next month"), then the date they resolve to.
                described = $"{mention.Text} ({described})";
            }

            var word = view.WordAt(offset);
            best = word > 0 && DatePrepositions.Contains(view.Words[word - 1].Of(view.Text))
                ? $"{view.Words[word - 1].Of(view.Text)} {described}"
                : described;
        }

        distance = bestDistance;
        return best;
    }

    /// <summary>
    /// How long something lasts, nearest the question's words: a length ("eleven days", "for two weeks"), an end
    /// ("until Friday, March 15, 2024") or an open end ("for as long as the picket lines hold").
    /// </summary>
    public static string? Duration(SentenceView view, out int distance)
    {
        ArgumentNullException.ThrowIfNull(view);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in Length().Matches(view.Text))
        {
            var near = view.DistanceToMatch(match.Index);
            if (near < bestDistance)
            {
                (best, bestDistance) = (match.Value, near);
            }
        }

        if (When(view, TimeDirection.Unmarked, limitsOnly: true, out var limitDistance) is { } limit && limitDistance < bestDistance)
        {
            (best, bestDistance) = (limit, limitDistance);
        }

        distance = bestDistance;
        return best;
    }

    /// <summary>A capitalised place after a preposition ("in Brussels", "from Budapest") that the question does not name.</summary>
    public static string? Where(SentenceView view, IReadOnlySet<string> questionWords, string? dateline, out int distance)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(questionWords);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in Place().Matches(view.Text))
        {
            var place = StripPossessive(match.Groups["place"].Value.TrimEnd('.'));
            if (NamedBy(place, questionWords))
            {
                continue;
            }

            var near = view.DistanceToMatch(match.Index);
            if (dateline is not null && place.Equals(dateline, StringComparison.OrdinalIgnoreCase))
            {
                near /= 2;
            }

            if (near < bestDistance)
            {
                (best, bestDistance) = ($"{match.Groups["prep"].Value} {place}", near);
            }
        }

        distance = bestDistance;
        return best;
    }

    /// <summary>
    /// The names in the sentence the question does not already give, nearest its words, grouped when they stand
    /// together ("the United States and most European Union countries").
    /// </summary>
    public static string? Names(SentenceView view, IReadOnlySet<string> questionWords, IReadOnlySet<string> people, string? exclude)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(people);
        var spans = new List<(int Start, int End)>();
        foreach (Match match in Name().Matches(view.Text))
        {
            var name = StripPossessive(match.Value);
            var initialSingle = !name.Contains(' ', StringComparison.Ordinal)
                                && !view.Text.AsSpan(0, match.Index).ContainsAnyInRange('A', 'z');
            if (NamedBy(name, questionWords) || (initialSingle && !people.Contains(name))
                || (exclude is not null && name.Equals(exclude, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            spans.Add((match.Index, match.Index + name.Length));
        }

        if (spans.Count == 0)
        {
            return null;
        }

        var known = spans.FindIndex(s => people.Contains(view.Text[s.Start..s.End]));
        var anchor = known >= 0 ? known : spans.IndexOf(spans.MinBy(s => view.DistanceToMatch(s.Start)));
        var (first, last) = (anchor, anchor);
        while (first > 0 && Gap(view, spans[first - 1].End, spans[first].Start) <= 3)
        {
            first--;
        }

        while (last < spans.Count - 1 && Gap(view, spans[last].End, spans[last + 1].Start) <= 3)
        {
            last++;
        }

        var start = spans[first].Start;
        var end = spans[last].End;
        var next = view.WordAt(end + 1);
        if (first != last && next >= 0 && view.Words[next].Start == end + 1 && IsPlainNoun(view.Words[next].Of(view.Text)))
        {
            end = view.Words[next].End;
        }

        var before = view.WordAt(Math.Max(start - 2, 0));
        if (before >= 0 && view.Words[before].End == start - 1
            && view.Words[before].Of(view.Text).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            start = view.Words[before].Start;
        }

        return view.Text[start..end];
    }

    /// <summary>True when every word of <paramref name="name"/> is among the question's words.</summary>
    public static bool NamedBy(string name, IReadOnlySet<string> questionWords)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(questionWords);
        var any = false;
        foreach (var word in name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
        {
            var plain = StripPossessive(word).Trim('.').ToLowerInvariant();
            if (plain.Length == 0 || plain is "the" or "of" or "de")
            {
                continue;
            }

            any = true;
            if (!questionWords.Contains(plain))
            {
                return false;
            }
        }

        return any;
    }

    // Names stand together when only connectors lie between them ("the United States and most European Union").
    private static int Gap(SentenceView view, int end, int start)
    {
        var between = view.Text[end..start].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return between.All(Connectors.Contains) ? between.Length : int.MaxValue;
    }

    // "resolution 1244", "article 5": a number that names something rather than counting it.
    private static bool IsIdentifier(SentenceView view, int offset)
    {
        var word = view.WordAt(offset);
        return word > 0 && Identifiers.Contains(view.Words[word - 1].Of(view.Text));
    }

    private static bool IsPlainNoun(string word) =>
        word.Length > 2 && char.IsLower(word[0]) && !FunctionWords.Contains(word) && word.All(char.IsLetter);

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex(@"(?:(?:just|nearly|almost|about|around|some|roughly|approximately|over|under|more than|less than|fewer than|up to|at least|an estimated)\s+){0,2}(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:million|billion|thousand|hundred|percent))?(?:\s+(?<unit>[a-z][a-z-]+))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:(?:next|last|this|later this|earlier this|early next|late next|by the end of the|at the end of the|within a|in (?:a|two|three|four|several)) (?:week|weeks|month|months|year|years|weekend|day|days)|tomorrow|yesterday|tonight|today|soon|shortly|immediately|for now|(?:early|late|mid-?)\s*(?:next year|this year|\p{Lu}\p{Ll}+))\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimePhrase();

    // "eleven days", "for nearly two weeks", "18 months", "for as long as the talks go on"; not "in two weeks" (a day
    // ahead), "two weeks ago" (a day behind) or "a 10-year-old".
    [GeneratedRegex(@"(?<!\b(?:in|within|after)\s)(?<!\b(?:in|within|after)\s(?:about|some|nearly|almost|over|around)\s)\b(?:for\s+)?(?:(?:about|some|nearly|almost|more than|over|at least|roughly|around|an estimated|just over|just under)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|several|a few)[\s-]+(?:full\s+)?(?:hours?|days?|weeks?|months?|years?|decades?)\b(?!\s+ago)(?![\s-]+old)|\bfor as long as\b[^,.;:""”]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Length();

    [GeneratedRegex(@"\baged\s+\d{1,3}\b|\b\d{1,3}[- ]years?[- ]old\b|\b\d{1,3}-year-old\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Age();

    [GeneratedRegex(@"\b(?<prep>[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+(?<place>(?:the\s+)?\p{Lu}[\p{L}'.\-]*(?:\s+\p{Lu}[\p{L}'.\-]*)*)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Place();

    [GeneratedRegex(@"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|van|von|der|al|bin)\s+)*\p{Lu}[\p{L}'’.\-]*)*", RegexOptions.CultureInvariant)]
    private static partial Regex Name();
}
