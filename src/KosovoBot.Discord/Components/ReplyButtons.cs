using KosovoBot.Core.Chat;
using KosovoBot.Core.Text;
using KosovoBot.Discord.Protocol;

namespace KosovoBot.Discord.Components;

/// <summary>
/// The buttons under a reply: 👍/👎 when it <see cref="ChatReply.OffersFeedback"/>, "Share in channel" when it is
/// <see cref="ChatReply.Shareable"/>; both need the <see cref="ChatReply.RecordId"/> they act on.
/// </summary>
internal static class ReplyButtons
{
    private const int Primary = 1;
    private const int Secondary = 2;

    /// <summary>One action row, or none when the reply offers nothing to press.</summary>
    public static IReadOnlyList<MessageComponent> For(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.RecordId is not { Length: > 0 } record)
        {
            return [];
        }

        var buttons = new List<MessageComponent>();
        if (reply.OffersFeedback
            && CustomIds.For(CustomIds.Helpful, record) is { } up
            && CustomIds.For(CustomIds.NotHelpful, record) is { } down)
        {
            buttons.Add(Button(up, Secondary, BotMessages.DiscordHelpful));
            buttons.Add(Button(down, Secondary, BotMessages.DiscordNotHelpful));
        }

        if (reply.Shareable && CustomIds.For(CustomIds.Share, record) is { } share)
        {
            buttons.Add(Button(share, Primary, BotMessages.DiscordShare));
        }

        return buttons.Count == 0 ? [] : [new MessageComponent { Type = MessageComponent.ActionRow, Components = buttons }];
    }

    /// <summary>👍/👎 alone, for a shared answer (the record stays the asker's question).</summary>
    public static IReadOnlyList<MessageComponent> FeedbackOnly(string recordId) =>
        For(new ChatReply { Kind = ReplyKind.Answer, Text = string.Empty, RecordId = recordId, OffersFeedback = true });

    private static MessageComponent Button(string customId, int style, string label) => new()
    {
        Type = MessageComponent.Button,
        Style = style,
        Label = label,
        CustomId = customId,
    };
}
