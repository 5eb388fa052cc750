using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Decides which events are questions: <c>app_mention</c> in channels and <c>message</c> in DMs from humans.
/// Bots (the bot itself included), edits, joins and every other subtype are not. Says where the answer goes and
/// which conversation the question belongs to.
/// </summary>
internal static class EventFilter
{
    /// <summary>The question in <paramref name="e"/>, or null with the reason it is not one.</summary>
    public static IncomingQuestion? ToQuestion(SlackEvent e, SlackBotIdentity? self, out string why)
    {
        var isMention = e.Type == "app_mention";
        var isDirect = e.Type == "message" && e.ChannelType == "im";
        why = (isMention, isDirect) switch
        {
            (false, false) => "not a mention or a DM",
            _ when e.BotId is not null => "from a bot",
            _ when e.Subtype is not null => "subtype",
            _ when e.Hidden == true => "hidden",
            _ when string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.Ts) => "no user, channel or ts",
            _ when self is not null && e.User == self.UserId => "own message",
            _ => string.Empty,
        };
        if (why.Length > 0)
        {
            return null;
        }

        var text = StripSelfMention(e.Text ?? string.Empty, self);
        // A mention is answered in the asker's thread (the parent's ts when the question is itself a thread reply) and
        // the thread is the conversation. A DM is answered inline and the DM is the conversation, unless the question
        // was asked in a thread of the DM.
        var threadTs = isDirect ? e.ThreadTs : e.ThreadTs ?? e.Ts;
        var conversation = threadTs is null ? $"slack:{e.Channel}" : $"slack:{e.Channel}:{threadTs}";
        return new IncomingQuestion(e.Channel!, e.User!, text, threadTs, isDirect, conversation);
    }

    private static string StripSelfMention(string text, SlackBotIdentity? self)
    {
        if (self is null)
        {
            return text.Trim();
        }

        var plain = $"<@{self.UserId}>";
        var labelled = $"<@{self.UserId}|";
        var result = text.Replace(plain, " ", StringComparison.Ordinal);
        var start = result.IndexOf(labelled, StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = result.IndexOf('>', start);
            if (end < 0)
            {
                break;
            }

            result = string.Concat(result.AsSpan(0, start), " ", result.AsSpan(end + 1));
            start = result.IndexOf(labelled, StringComparison.Ordinal);
        }

        return result.Trim();
    }
}
