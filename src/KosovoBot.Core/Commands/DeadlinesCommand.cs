using System.Globalization;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;

namespace KosovoBot.Core.Commands;

/// <summary>Lists the dated events in date order, marked past or upcoming as of the articles' date.</summary>
public sealed class DeadlinesCommand(ITimelineService timeline) : IChatCommand
{
    /// <inheritdoc />
    public ChatCommandName Name => ChatCommandName.Deadlines;

    /// <inheritdoc />
    public Task<ChatReply> ExecuteAsync(string argument, CancellationToken cancellationToken)
    {
        var result = timeline.GetTimeline();
        var asOf = result.AsOf.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
        var text = result.Items.Count == 0
            ? "The articles name no dated events."
            : $"Dates in the news, as of {asOf} (the article's date):";
        return Task.FromResult(new ChatReply { Kind = ReplyKind.Timeline, Text = text, Timeline = result });
    }
}
