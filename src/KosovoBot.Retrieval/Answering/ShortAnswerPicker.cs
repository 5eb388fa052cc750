using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;

namespace KosovoBot.Retrieval.Answering;

/// <summary>Chooses the statement and the span that answer a question of a given type.</summary>
internal static class ShortAnswerPicker
{
    // Characters from the question's words at which a span's pull halves.
    private const double DistanceScale = 40;

    /// <summary>
    /// For how many, when and where: the span that is strongest by its statement's score and closeness to the
    /// question's words. For who: the first statement that names someone. Otherwise the best statement's clause.
    /// </summary>
    public static (SentenceView View, string Span) Pick(
        QuestionType type, IReadOnlyList<SentenceView> views, IReadOnlyList<double> scores, AnswerContext context)
    {
        ArgumentNullException.ThrowIfNull(views);
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(context);
        if (type is QuestionType.Quantity or QuestionType.When or QuestionType.Where)
        {
            // A when-question takes a calendar date when any candidate names one, else a time phrase ("next week").
            // A how-long question takes a length or an end ("eleven days", "until Friday") before any date.
            var found = (context.AsksForDuration ? Typed(type, views, scores, context, timePhrases: false, duration: true) : null)
                        ?? Typed(type, views, scores, context, timePhrases: false)
                        ?? (type == QuestionType.When && !context.AsksForDuration ? Typed(type, views, scores, context, timePhrases: true) : null);
            if (found is { } typed)
            {
                return typed;
            }
        }
        else if (type == QuestionType.Who)
        {
            if (context.AsksForAuthor && !context.AsksAboutSpeech)
            {
                // The byline is front matter: cite the sentence that prints it, or else the best sentence of that article.
                var byline = views.FirstOrDefault(static v => v.Text.Contains(v.Statement.Source.Author, StringComparison.Ordinal));
                var view = byline ?? views[0];
                return (view, view.Statement.Source.Author);
            }

            foreach (var view in views)
            {
                if (Who(view, views, context) is { } answer)
                {
                    return answer;
                }
            }
        }

        return (views[0], ClauseAnswers.Clause(views[0], type, context.MaxWords));
    }

    private static (SentenceView View, string Span)? Typed(
        QuestionType type, IReadOnlyList<SentenceView> views, IReadOnlyList<double> scores, AnswerContext context, bool timePhrases, bool duration = false)
    {
        (SentenceView View, string Span, double Strength)? best = null;
        var direction = type == QuestionType.When ? QuestionTime.Read(context.Plan.Question) : TimeDirection.Unmarked;
        for (var i = 0; i < views.Count; i++)
        {
            var view = views[i];
            var distance = 0;
            var span = type switch
            {
                QuestionType.Quantity => ShortAnswers.Quantity(view, context.QuestionWords, out distance),
                QuestionType.When when duration => ShortAnswers.Duration(view, out distance),
                QuestionType.When => timePhrases ? ShortAnswers.WhenOrTime(view, out distance) : ShortAnswers.When(view, direction, limitsOnly: false, out distance),
                _ => ShortAnswers.Where(view, context.QuestionWords, view.Statement.Source.Dateline, out distance),
            };
            var strength = scores[i] / (1 + (Math.Min(distance, 400) / DistanceScale));

            // The place an article is about (in its title) is rarely the answer to "where" unless nothing else is.
            if (type == QuestionType.Where && span is not null && NamedInTitle(span, view.Statement.Source.Title))
            {
                strength *= 0.35;
            }

            if (span is not null && (best is null || strength > best.Value.Strength))
            {
                best = (view, span, strength);
            }
        }

        return best is { } found ? (found.View, found.Span) : null;
    }

    private static (SentenceView, string)? Who(SentenceView view, IReadOnlyList<SentenceView> views, AnswerContext context)
    {
        var statement = view.Statement;
        if (statement.Speaker is not null && (context.AsksAboutSpeech || context.AsksForSource || context.AsksForSpeakerOf(statement)))
        {
            // Cite the sentence that prints the speaker's full name when a close one does.
            var naming = views.FirstOrDefault(v => v.Statement.Speaker == statement.Speaker
                                                    && v.Text.Contains(statement.Speaker, StringComparison.Ordinal));
            return (naming ?? view, Person(statement));
        }

        // "Who is Stefan Bos?": the question already gives the name; describe them with the sentence that names them.
        if (context.NamedPerson(view) is { } named)
        {
            return (view, named.Role is null ? ClauseAnswers.Clause(view, QuestionType.What, context.MaxWords) : BotText.Format(BotMessages.ArticlePerson, named.Speaker, named.Role));
        }

        // "Who wants more mediation?": the doer of the verb asked about; "... reach an agreement with?": what follows "with".
        if (SlotAnswers.AskedVerb(context.Plan) is { } verb && SlotAnswers.Doer(view, verb, context.Index.TokensOf(view.Statement)) is { } doer)
        {
            return (view, doer);
        }

        if (SlotAnswers.TrailingPreposition(context.Plan) is { } preposition && SlotAnswers.ObjectOf(view, preposition) is { } target)
        {
            return (view, target);
        }

        var exclude = context.AsksAboutSpeech ? null : statement.Speaker;
        var names = ShortAnswers.Names(view, context.QuestionWords, context.Index.People, exclude)
                    ?? (statement.Speaker is not null ? Person(statement) : null);
        return names is null ? null : (view, names);
    }

    private static bool NamedInTitle(string span, string title)
    {
        var place = span[(span.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        return title.Contains(place, StringComparison.OrdinalIgnoreCase);
    }

    private static string Person(Statement statement) =>
        statement.Role is { Length: > 0 } role ? BotText.Format(BotMessages.ArticlePerson, statement.Speaker, role) : statement.Speaker!;
}
