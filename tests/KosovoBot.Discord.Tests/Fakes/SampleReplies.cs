using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Discord.Tests.Fakes;

/// <summary>Canned replies with the shape the real commands produce; a tiny statement fixture, not the knowledge.</summary>
internal static class SampleReplies
{
    public static SourceInfo Source { get; } = new()
    {
        Id = "voa-nato-to-stay-in-kosovo",
        Title = "NATO to Stay in Kosovo",
        Outlet = "VOA",
        OutletName = "Voice of America",
        Author = "Stefan Bos",
        Published = new DateOnly(2007, 12, 7),
    };

    public static Statement Troops { get; } = new()
    {
        Source = Source,
        Ordinal = 1,
        Paragraph = 2,
        Text = "NATO spokesman James Appathurai told reporters that NATO ministers have agreed to keep their KFOR peacekeeping force in Kosovo at its current strength of just over 16,000 troops.",
        Speaker = "James Appathurai",
        Role = "NATO spokesman",
        Kind = StatementKind.Reported,
    };

    public static ChatReply Answer { get; } = new()
    {
        Kind = ReplyKind.Answer,
        Text = "Just over 16,000 troops.",
        Confidence = 0.83,
        Citations = [Citation.Of(Troops)],
    };

    public static ChatReply Timeline { get; } = new()
    {
        Kind = ReplyKind.Timeline,
        Text = "Dates in the news, as of December 7, 2007 (the article's date):",
        Timeline = new Timeline(new DateOnly(2007, 12, 7),
        [
            new TimelineItem
            {
                Date = ResolvedDate.OfDay(new DateOnly(2007, 12, 10)),
                Kind = "deadline",
                What = "Deadline on Kosovo's status",
                Status = TimelineStatus.Upcoming,
                Evidence = Citation.Of(Troops),
            },
        ]),
    };

    public static ChatReply Quotes { get; } = new()
    {
        Kind = ReplyKind.Quotes,
        Text = "Direct quotations for \"Appathurai\":",
        Citations = [Citation.Of(Troops with { Kind = StatementKind.Direct })],
    };

    public static ChatReply Sources { get; } = new() { Kind = ReplyKind.Sources, Text = "The articles I answer from:", Sources = [Source] };

    public static ChatReply Help { get; } = new() { Kind = ReplyKind.Help, Text = "Ask me about the news.", Notices = ["/ask question", "/quote speaker"] };

    public static ChatReply Usage { get; } = ChatReply.Error("Ask a question after /ask.", "/ask question");

    /// <summary>The canned reply for <paramref name="request"/>, by command.</summary>
    public static ChatReply For(ChatRequest request) => request.Command switch
    {
        ChatCommandName.Deadlines => Timeline,
        ChatCommandName.Quote => Quotes,
        ChatCommandName.Sources => Sources,
        ChatCommandName.Help => Help,
        _ when ChatMarkup.Strip(request.Text).Length == 0 => Usage,
        _ => Answer,
    };
}
