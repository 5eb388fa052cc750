using System.Globalization;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

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
        var asOf = result.AsOf.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var articleDates = result.Items.Select(static i => i.Evidence.Source.Published).Distinct().Count();
        var text = result.Items.Count == 0 ? "The articles name no dated events."
            : articleDates <= 1 ? $"Dates in the news, as of {asOf} (the article's date):"
            : "Dates in the news, each marked past or upcoming as of its own article's date (shown with its source):";
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Timeline, Text = text, Timeline = result });
    }
}
