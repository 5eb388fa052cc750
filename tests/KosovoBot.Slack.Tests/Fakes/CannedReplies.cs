using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Slack.Tests.Fakes;

/// <summary>Tiny hand-written replies so the adapter tests need no retrieval.</summary>
internal static class CannedReplies
{
    public static SourceInfo Source { get; } = new()
    {
        Id = "test-article",
        Title = "Peacekeepers & Deadlines",
        Outlet = "VOA",
        Author = "Test Reporter",
        Published = new DateOnly(2007, 12, 7),
    };

    public static Statement Statement(string text, string? speaker = "Jane Spokes", string? role = "Alliance spokeswoman", int paragraph = 2) => new()
    {
        Source = Source,
        Ordinal = paragraph,
        Paragraph = paragraph,
        Text = text,
        Speaker = speaker,
        Role = role,
        Kind = StatementKind.Reported,
    };

    public static ChatReply Answer { get; } = new()
    {
        Kind = ReplyKind.Answer,
        Text = "Just over 16,000 troops.",
        Citations = [Citation.Of(Statement("The force stays at just over 16,000 troops, the spokeswoman said."))],
        Confidence = 0.8,
    };
}
