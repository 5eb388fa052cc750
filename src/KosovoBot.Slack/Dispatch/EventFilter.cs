using KosovoBot.Core.Control;
using KosovoBot.Slack.Api;
using KosovoBot.Slack.Protocol;

namespace KosovoBot.Slack.Dispatch;

/// <summary>
/// Decides which events are questions: <c>app_mention</c> in channels, <c>message</c> in DMs from humans, and plain
/// channel messages (<c>message.channels</c>, <c>message.groups</c>) that read as a question without mentioning the bot
/// (a mention arrives as <c>app_mention</c> too, and is answered from that). Bots (the bot itself included), edits,
/// joins and every other subtype are not. Says where the answer goes and which conversation the question belongs to.
/// Whether a channel message is answered depends on the channel's mode, which the responder looks up.
/// </summary>
internal static class EventFilter
{
    /// <summary>The question in <paramref name="e"/>, or null with the reason it is not one.</summary>
    public static IncomingQuestion? ToQuestion(SlackEvent e, SlackBotIdentity? self, out string why)
    {
        var isMention = e.Type == "app_mention";
        var isDirect = e.Type == "message" && e.ChannelType == "im";
        var isChannel = e.Type == "message" && e.ChannelType is "channel" or "group";
        why = (isMention || isChannel, isDirect) switch
        {
            (false, false) => "not a mention, a DM or a channel message",
            _ when e.BotId is not null => "from a bot",
            _ when e.Subtype is not null => "subtype",
            _ when e.Hidden == true => "hidden",
            _ when string.IsNullOrEmpty(e.User) || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.Ts) => "no user, channel or ts",
            _ when self is not null && e.User == self.UserId => "own message",
            _ when isChannel && self is not null && e.Text?.Contains($"<@{self.UserId}", StringComparison.Ordinal) == true => "a mention, answered from app_mention",
            _ when isChannel && !QuestionText.IsQuestion(e.Text) => "a channel message that is not a question",
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
        return new IncomingQuestion(e.Channel!, e.User!, text, threadTs, isDirect, conversation) { IsChannelMessage = isChannel, InExistingThread = e.ThreadTs is not null };
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
