using KosovoBot.Core.Answers;
using KosovoBot.Core.Conversations;
using KosovoBot.Core.Knowledge;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Core.Tests.Conversations;

/// <summary>Earlier turns of invented conversations (a harbour town's news) for follow-up tests.</summary>
internal static class Turns
{
    public static ConversationTurn Of(string question, string answer, Statement? cited = null, bool answered = true) =>
        new(
            question,
            question,
            new Answer
            {
                Question = question,
                Answered = answered,
                Text = answer,
                Confidence = 0.8,
                Citations = cited is null ? [] : [Citation.Of(cited)],
            },
            DateTimeOffset.UnixEpoch);

    public static Statement Said(string text, string? speaker, string? role = null, params DateMention[] dates) => new()
    {
        Source = TestStatements.Source,
        Ordinal = Math.Abs(text.GetHashCode(StringComparison.Ordinal) % 1000),
        Paragraph = 3,
        Text = text,
        Speaker = speaker,
        Role = role,
        Kind = speaker is null ? StatementKind.Narrative : StatementKind.Reported,
        Dates = dates,
    };
}
