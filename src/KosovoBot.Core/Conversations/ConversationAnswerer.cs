using KosovoBot.Core.Answers;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Conversations;

/// <summary>
/// Answers one turn of a conversation: reads the question in the light of the conversation's earlier turns
/// (<see cref="FollowUpRewriter"/>), answers the standalone question with the unchanged <see cref="IAnswerService"/>,
/// or, for "who said that?", "what's his name?", "what else did he say?", "when was that?" and "is that before or
/// after X?", from the earlier turn's own quotes, and records the turn. Quotes stay verbatim: every citation is a stored
/// statement. Without a conversation id the question is answered alone and nothing is recorded.
/// </summary>
public sealed class ConversationAnswerer(IAnswerService answers, IConversationStore store, TimeProvider time, IQuoteService? quotes = null)
{
    /// <summary>Answers <paramref name="question"/> (chat markup removed) as a turn of <paramref name="conversationId"/>.</summary>
    public async Task<ConversationAnswer> AnswerAsync(string? conversationId, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (conversationId is null)
        {
            return new ConversationAnswer(await answers.AnswerAsync(question, cancellationToken), null);
        }

        var history = await store.GetAsync(conversationId, cancellationToken);
        var followUp = FollowUpRewriter.Resolve(question, history);
        var answer = await AnswerAsync(followUp, history, cancellationToken);
        await store.AppendAsync(conversationId, new ConversationTurn(question, followUp.Question, answer, time.GetUtcNow(), followUp.Kind), cancellationToken);
        if (followUp.Kind == FollowUpKind.Standalone)
        {
            return new ConversationAnswer(answer with { Question = question }, null);
        }

        return new ConversationAnswer(answer with { Question = question }, followUp.Question) { Reading = Reading(followUp.Question, history) };
    }

    // The standalone reading a person can read: its own words, and the earlier question it follows when the rewriter
    // added that as context.
    private static string Reading(string understoodAs, IReadOnlyList<ConversationTurn> history)
    {
        var own = ContextTail.Without(understoodAs).Trim();
        return ContextTail.Follows(understoodAs, history) is { } earlier ? BotText.Format(BotMessages.ReadingFollowing, own, earlier) : own;
    }

    private async Task<Answer> AnswerAsync(FollowUp followUp, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        var special = followUp.Previous is { } previous
            ? followUp.Kind switch
            {
                FollowUpKind.WhoSaidIt => WhoSaidIt(followUp, previous.Answer),
                FollowUpKind.WhoIsThat => await WhoIsThatAsync(followUp, previous.Answer, cancellationToken),
                FollowUpKind.MoreFromSpeaker => await MoreFromSpeakerAsync(followUp, history, cancellationToken),
                FollowUpKind.Comparison => await CompareAsync(followUp, previous.Answer, cancellationToken),
                FollowUpKind.WhenWasThat => WhenWasThat(followUp, previous.Answer),
                _ => null,
            }
            : null;
        return special ?? await answers.AnswerAsync(followUp.Question, cancellationToken);
    }

    private static Answer WhoSaidIt(FollowUp followUp, Answer previous)
    {
        var citation = previous.Citations[0];
        var who = Who(citation);
        string text;
        if (followUp.Subject is not { } guess)
        {
            text = BotText.Format(BotMessages.FollowUpWho, who);
        }
        else
        {
            var said = $"{citation.Speaker} {citation.Role}";
            var right = citation.Speaker is not null && Words(guess).All(w => said.Contains(w, StringComparison.OrdinalIgnoreCase));
            text = BotText.Format(right ? BotMessages.FollowUpWhoYes : BotMessages.FollowUpWhoNo, who);
        }

        return Answered(followUp.Question, text, previous.Confidence, [citation]);
    }

    // "when was that?": the date the quoted statement gives for it, cited with that statement.
    private static Answer WhenWasThat(FollowUp followUp, Answer previous)
    {
        var citation = previous.Citations[0];
        var colon = followUp.Question.IndexOf(": \"", StringComparison.Ordinal);
        var asked = colon > 0 ? followUp.Question[..colon] : followUp.Question;
        if (TimeOfThat.Pick(citation.Statement, previous.Text, asked) is { } date)
        {
            return Answered(followUp.Question, TimeOfThat.Describe(citation.Statement, date, asked), previous.Confidence, [citation]);
        }

        // "when did she say that?" of an undated quote: by the article's day, which is all the article tells.
        return Answered(followUp.Question, TimeOfThat.Undated(citation.Statement), previous.Confidence, [citation]);
    }

    private async Task<Answer?> WhoIsThatAsync(FollowUp followUp, Answer previous, CancellationToken cancellationToken)
    {
        // A quote that names the person: one already shown, else one the answerer finds for "Who is NAME?".
        var name = followUp.Subject!;
        var naming = previous.Citations.FirstOrDefault(c => c.Quote.Contains(name, StringComparison.OrdinalIgnoreCase))
            ?? (await answers.AnswerAsync(followUp.Question, cancellationToken)).Citations
                .FirstOrDefault(c => c.Quote.Contains(name, StringComparison.OrdinalIgnoreCase));
        if (naming is null)
        {
            return null;
        }

        var role = previous.Citations.Concat([naming]).FirstOrDefault(c => c.Speaker == name && c.Role is { Length: > 0 })?.Role;
        var text = role is null ? BotText.Format(BotMessages.FollowUpPerson, name) : BotText.Format(BotMessages.FollowUpPersonRole, name, role);
        return Answered(followUp.Question, text, previous.Confidence, [naming]);
    }

    private async Task<Answer?> MoreFromSpeakerAsync(FollowUp followUp, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        // Statements of the same speaker not shown in this conversation yet: what the answerer finds for
        // "What did NAME say?", then the speaker's direct quotations.
        var speaker = followUp.Subject!;
        var shown = history.SelectMany(t => t.Answer.Citations).Select(c => c.Statement.Id).ToHashSet(StringComparer.Ordinal);
        var found = (await answers.AnswerAsync($"What did {speaker} say?", cancellationToken)).Citations
            .Concat(quotes?.Find(speaker).Quotes ?? []);
        var more = found
            .Select(c => c.Statement)
            .Where(s => s.Speaker == speaker && !shown.Contains(s.Id))
            .DistinctBy(s => s.Id)
            .Take(1)
            .ToList();
        if (more.Count == 0)
        {
            return new Answer
            {
                Question = followUp.Question,
                Answered = false,
                Text = BotText.Format(BotMessages.FollowUpNothingMoreBy, speaker),
                Confidence = 0,
            };
        }

        return Answered(followUp.Question, more[0].Text, followUp.Previous!.Answer.Confidence, [Citation.Of(more[0])]);
    }

    private async Task<Answer?> CompareAsync(FollowUp followUp, Answer previous, CancellationToken cancellationToken)
    {
        var reference = previous.Citations
            .SelectMany(c => c.Statement.Dates.Select(d => (Citation: c, Date: d)))
            .OrderByDescending(x => previous.Text.Contains(x.Date.Text, StringComparison.OrdinalIgnoreCase))
            .FirstOrDefault();
        if (reference.Citation is null)
        {
            return null;
        }

        var targetWords = Words(followUp.Subject!);
        // The other side's date: from the quotes the answerer gives for "When is X?", the date whose words match X best.
        var found = await answers.AnswerAsync($"When is {followUp.Subject}?", cancellationToken);
        var target = found.Citations
            .Select(c => c.Statement)
            .SelectMany(s => s.Dates.Select(d => (Statement: s, Date: d)))
            .Where(x => x.Date.Date != reference.Date.Date)
            .Select((x, rank) => (x.Statement, x.Date, Score: targetWords.Count(w => x.Date.Text.Contains(w, StringComparison.OrdinalIgnoreCase)), Rank: rank))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Rank)
            .FirstOrDefault();
        if (target.Statement is null)
        {
            return null;
        }

        var a = reference.Date.Date;
        var b = target.Date.Date;
        var sentence = a.End < b.Start ? BotMessages.CompareBefore
            : a.Start > b.End ? BotMessages.CompareAfter
            : BotMessages.CompareSameTime;
        var text = BotText.Format(sentence, a.Describe(), b.Describe());
        var citations = new List<Citation> { reference.Citation };
        if (target.Statement.Id != reference.Citation.Statement.Id)
        {
            citations.Add(Citation.Of(target.Statement));
        }

        return Answered(followUp.Question, text, previous.Confidence, citations);
    }

    private static string Who(Citation citation) =>
        citation.Speaker is { Length: > 0 } speaker
            ? citation.Role is { Length: > 0 } role ? BotText.Format(BotMessages.ArticlePerson, speaker, role) : speaker
            : BotText.Format(BotMessages.FollowUpNarration, citation.Source.Author);

    private static List<string> Words(string text) =>
        text.Split([' ', ',', '.', '?', '!', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && !w.Equals("the", StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static Answer Answered(string question, string text, double confidence, IReadOnlyList<Citation> citations) => new()
    {
        Question = question,
        Answered = true,
        Text = text,
        Confidence = confidence,
        Citations = citations,
    };
}
