using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;

namespace KosovoBot.Core.Commands;

/// <summary>Lists the dated events in date order, each marked past or upcoming as of its own article's date.</summary>
public sealed class DeadlinesCommand(ITimelineService timeline) : IChatCommand
{
    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Deadlines;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken)
    {
        var result = timeline.GetTimeline();
        var articleDates = result.Items.Select(static i => i.Evidence.Source.Published).Distinct().Count();
        var text = result.Items.Count == 0 ? BotMessages.DeadlinesNone
            : articleDates <= 1 ? BotText.Format(BotMessages.DeadlinesOneArticle, result.AsOf)
            : BotMessages.DeadlinesManyArticles;
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Timeline, Text = text, Timeline = result });
    }
}
