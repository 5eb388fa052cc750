using System.Globalization;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;
using KosovoBot.Slack.Interactivity;
using KosovoBot.Slack.Protocol;

namespace KosovoBot.Slack.Rendering;

/// <summary>
/// Renders a <see cref="ChatReply"/> as Block Kit: the text in a section, each quote as a block-quoted section
/// followed by a context line with its attribution, timeline items and sources as sections. All text from the
/// knowledge or from users is escaped. Limits hold: at most 50 blocks (whole quote+attribution pairs are left out,
/// and the count said), section text at most 3,000 characters (shortened at a word boundary with an ellipsis;
/// the attribution sits in its own block so it is never cut away).
/// </summary>
internal static class SlackRenderer
{
    public const int MaxBlocks = 50;

    private const int MaxFallback = 3000;

    public static RenderedMessage Render(ChatReply reply) => Render(reply, lead: null);

    /// <summary>The reply's blocks, opened by <paramref name="lead"/> when given, fitted to Slack's block limit as a whole.</summary>
    private static RenderedMessage Render(ChatReply reply, Block? lead)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var head = new List<Block>();
        if (lead is not null)
        {
            head.Add(lead);
        }

        if (reply.ReadingLine is { } reading)
        {
            head.Add(Context("_" + Mrkdwn.Escape(reading) + "_"));
        }

        head.Add(Section(Mrkdwn.Escape(reply.Text)));
        var groups = new List<Block[]>();
        switch (reply.Kind)
        {
            case ReplyKind.Timeline when reply.Timeline is { } timeline:
                groups.AddRange(timeline.Items.Select(TimelineGroup));
                break;
            case ReplyKind.Sources:
                groups.AddRange(reply.Sources.Select(s => new[] { Section(SourceLine(s)) }));
                break;
            default:
                groups.AddRange(reply.Citations.Select(CitationGroup));
                break;
        }

        var tail = new List<Block>();
        if (reply.Notices.Count > 0)
        {
            tail.Add(Context(string.Join('\n', reply.Notices.Select(Mrkdwn.Escape))));
        }

        if (ReplyActions(reply) is { } actions)
        {
            tail.Add(actions);
        }

        var blocks = Fit(head, groups, tail);
        var fallback = Mrkdwn.Shorten(Mrkdwn.Escape(reply.Text), MaxFallback);
        return new RenderedMessage(fallback, blocks, reply.IsPrivate);
    }

    public static SlashCommandResponse RenderSlashResponse(ChatReply reply) => Render(reply).ToSlashResponse();

    /// <summary>
    /// A shared answer: <paramref name="reply"/> posted for everyone, opened by a context line saying who asked what
    /// (the asker mentioned by id, the question escaped).
    /// </summary>
    public static RenderedMessage RenderShared(ChatReply reply, string askerUserId, string question)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var askedBy = BotText.Format(BotMessages.SlackAskedBy, $"<@{Mrkdwn.Escape(askerUserId)}>", Mrkdwn.Escape(question));
        return Render(reply with { IsPrivate = false, OffersFeedback = false, Shareable = false }, Context(askedBy));
    }

    /// <summary>👍/👎 and "Share in channel" under a kept answer, as the reply asks for; null when it asks for neither.</summary>
    private static Block? ReplyActions(ChatReply reply)
    {
        if (reply.RecordId is not { Length: > 0 } id || (!reply.OffersFeedback && !reply.Shareable))
        {
            return null;
        }

        var buttons = new List<BlockElement>();
        if (reply.OffersFeedback)
        {
            buttons.Add(Button(BotMessages.SlackHelpfulButton, ActionIds.Helpful, id));
            buttons.Add(Button(BotMessages.SlackUnhelpfulButton, ActionIds.Unhelpful, id));
        }

        if (reply.Shareable)
        {
            buttons.Add(Button(BotMessages.SlackShareButton, ActionIds.Share, id, "primary"));
        }

        return Block.Actions(ActionIds.ReplyActionsBlock, [.. buttons]);
    }

    private static ButtonElement Button(string label, string actionId, string value, string? style = null) =>
        new() { Text = TextObject.Plain(label), ActionId = actionId, Value = value, Style = style };

    /// <summary>The attribution line: speaker, role · title, outlet, author, date · paragraph.</summary>
    public static string Attribution(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var who = citation.Speaker is { } speaker
            ? "*" + Mrkdwn.Escape(speaker) + "*" + (citation.Role is { } role ? ", " + Mrkdwn.Escape(role) : string.Empty)
            : BotMessages.SlackReporter;
        var kind = citation.Kind switch
        {
            StatementKind.Direct => BotMessages.SlackKindQuoted,
            StatementKind.Reported => BotMessages.SlackKindReported,
            _ => BotMessages.SlackKindNarration,
        };
        return $"— {who} ({kind}) · {SourceText(citation.Source)} · {(citation.Paragraph == 0 ? citation.Place : "¶" + citation.Paragraph.ToString(CultureInfo.InvariantCulture))}";
    }

    private static Block[] CitationGroup(Citation citation) =>
    [
        Section(Mrkdwn.BlockQuote(Mrkdwn.Escape(citation.Quote))),
        Context(Attribution(citation)),
    ];

    private static Block[] TimelineGroup(TimelineItem item)
    {
        var status = item.Status switch
        {
            TimelineStatus.Past => BotMessages.SlackPast,
            _ => BotMessages.SlackUpcoming,
        };
        var line = $"*{Mrkdwn.Escape(item.Date.Describe())}* · {Mrkdwn.Escape(item.Kind)} · {status}\n{Mrkdwn.Escape(item.What)}\n"
            + Mrkdwn.BlockQuote(Mrkdwn.Escape(item.Evidence.Quote));
        return [Section(line), Context(Attribution(item.Evidence))];
    }

    private static string SourceText(SourceInfo source) =>
        $"_{Mrkdwn.Escape(source.Title)}_, {Mrkdwn.Escape(source.Outlet)}, {Mrkdwn.Escape(source.Author)}, "
        + source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string SourceLine(SourceInfo source)
    {
        var outletName = source.OutletName is { } name ? $" ({Mrkdwn.Escape(name)})" : string.Empty;
        var url = source.Url is { } u ? "\n" + Mrkdwn.Escape(u.ToString()) : string.Empty;
        return $"*{Mrkdwn.Escape(source.Title)}*\n{Mrkdwn.Escape(source.Outlet)}{outletName}, {Mrkdwn.Escape(source.Author)}, "
            + source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + url;
    }

    private static List<Block> Fit(List<Block> head, List<Block[]> groups, List<Block> tail)
    {
        var blocks = new List<Block>(head);
        var reserved = tail.Count + 1; // room for the notices, the buttons and a "more" note
        var shown = 0;
        foreach (var group in groups)
        {
            if (blocks.Count + group.Length + reserved > MaxBlocks)
            {
                break;
            }

            blocks.AddRange(group);
            shown++;
        }

        if (shown < groups.Count)
        {
            blocks.Add(Context(BotText.Format(BotMessages.SlackOmitted, groups.Count - shown)));
        }

        blocks.AddRange(tail);
        return blocks;
    }

    private static Block Section(string mrkdwn) => Block.Section(Mrkdwn.Shorten(mrkdwn, Mrkdwn.MaxSectionText));

    private static Block Context(string mrkdwn) => Block.Context(Mrkdwn.Shorten(mrkdwn, Mrkdwn.MaxSectionText));
}
