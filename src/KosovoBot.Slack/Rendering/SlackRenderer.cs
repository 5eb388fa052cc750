using System.Globalization;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;
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

    public static RenderedMessage Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var head = new List<Block>();
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

        var tail = reply.Notices.Count == 0
            ? null
            : Context(string.Join('\n', reply.Notices.Select(Mrkdwn.Escape)));
        var blocks = Fit(head, groups, tail);
        var fallback = Mrkdwn.Shorten(Mrkdwn.Escape(reply.Text), MaxFallback);
        return new RenderedMessage(fallback, blocks, reply.IsPrivate);
    }

    public static SlashCommandResponse RenderSlashResponse(ChatReply reply) => Render(reply).ToSlashResponse();

    /// <summary>The attribution line: speaker, role · title, outlet, author, date · paragraph.</summary>
    public static string Attribution(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var who = citation.Speaker is { } speaker
            ? "*" + Mrkdwn.Escape(speaker) + "*" + (citation.Role is { } role ? ", " + Mrkdwn.Escape(role) : string.Empty)
            : "_the reporter_";
        var kind = citation.Kind switch
        {
            StatementKind.Direct => "quoted",
            StatementKind.Reported => "reported",
            _ => "narration",
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
            TimelineStatus.Past => "past",
            _ => "upcoming",
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

    private static List<Block> Fit(List<Block> head, List<Block[]> groups, Block? tail)
    {
        var blocks = new List<Block>(head);
        var reserved = (tail is null ? 0 : 1) + 1; // room for the notices and a "more" note
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
            blocks.Add(Context($"…and {(groups.Count - shown).ToString(CultureInfo.InvariantCulture)} more not shown."));
        }

        if (tail is not null)
        {
            blocks.Add(tail);
        }

        return blocks;
    }

    private static Block Section(string mrkdwn) => Block.Section(Mrkdwn.Shorten(mrkdwn, Mrkdwn.MaxSectionText));

    private static Block Context(string mrkdwn) => Block.Context(Mrkdwn.Shorten(mrkdwn, Mrkdwn.MaxSectionText));
}
