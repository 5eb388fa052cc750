using System.Globalization;
using System.Text;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;
using KosovoBot.Discord.Components;

namespace KosovoBot.Discord.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="ChatReply"/> as a Discord message: the text as content, quotes as
/// embed fields with speaker, role and source, the timeline as an embed, all within Discord's limits.
/// </summary>
internal static class DiscordRenderer
{
    public static RenderedMessage Render(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return RenderBody(reply) with { Components = ReplyButtons.For(reply) };
    }

    private static RenderedMessage RenderBody(ChatReply reply)
    {
        return reply.Kind switch
        {
            ReplyKind.Answer => WithCitations(reply, reply.Citations.Count == 0 ? null : BotMessages.DiscordSupportingQuotes),
            ReplyKind.NoAnswer => WithCitations(reply, reply.Citations.Count == 0 ? null : BotMessages.DiscordRelatedStatements),
            ReplyKind.Quotes => WithCitations(reply, reply.Citations.Count == 0 ? null : BotMessages.DiscordDirectQuotations),
            ReplyKind.Timeline => RenderTimeline(reply),
            ReplyKind.Sources => RenderSources(reply),
            _ => new RenderedMessage(Content(reply), []),
        };
    }

    /// <summary>The quote as a block followed by where it comes from; the attribution is never shortened away.</summary>
    public static string QuoteBlock(Citation citation, int max, bool withSpeaker = false)
    {
        var speaker = withSpeaker && citation.Speaker is { Length: > 0 } ? SpeakerLine(citation) + " · " : string.Empty;
        var attribution = "— " + speaker + SourceLine(citation.Source, citation.Place);
        var room = max - attribution.Length - 3;
        var quote = TextShortener.Shorten(TextShortener.EscapeMarkdown(citation.Quote.ReplaceLineEndings(" ")), Math.Max(room, 1));
        return $"> {quote}\n{attribution}";
    }

    /// <summary>Speaker and role, or the article itself for the reporter's narration.</summary>
    public static string SpeakerLine(Citation citation)
    {
        var speaker = citation.Speaker is { Length: > 0 } name ? name : BotMessages.DiscordReporter;
        var line = citation.Role is { Length: > 0 } role ? BotText.Format(BotMessages.ArticlePerson, speaker, role) : speaker;
        return citation.Kind switch
        {
            StatementKind.Direct => BotText.Format(BotMessages.DiscordDirectQuote, line),
            StatementKind.Reported => BotText.Format(BotMessages.DiscordReported, line),
            _ => line,
        };
    }

    public static string SourceLine(SourceInfo source, string place)
    {
        var date = source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"*{TextShortener.EscapeMarkdown(source.Title)}*, {source.Outlet}, {source.Author}, {date}, {place}");
    }

    private static RenderedMessage WithCitations(ChatReply reply, string? title)
    {
        if (title is null)
        {
            return new RenderedMessage(Content(reply), []);
        }

        var embed = new EmbedComposer(title, null);
        foreach (var citation in reply.Citations)
        {
            embed.TryAdd(SpeakerLine(citation), QuoteBlock(citation, DiscordLimits.FieldValue));
        }

        return new RenderedMessage(Content(reply), [embed.Build()]);
    }

    private static RenderedMessage RenderTimeline(ChatReply reply)
    {
        var items = reply.Timeline?.Items ?? [];
        if (items.Count == 0)
        {
            return new RenderedMessage(Content(reply), []);
        }

        var embed = new EmbedComposer(BotMessages.DiscordTimeline, reply.Text);
        foreach (var item in items)
        {
            var status = item.Status == TimelineStatus.Past ? BotMessages.DiscordPast : BotMessages.DiscordUpcoming;
            var name = $"{item.Date.Describe()} · {status}";
            var what = TextShortener.Shorten($"**{TextShortener.EscapeMarkdown(item.Kind)}**: {TextShortener.EscapeMarkdown(item.What)}", 300);
            var block = QuoteBlock(item.Evidence, DiscordLimits.FieldValue - what.Length - 1, withSpeaker: true);
            embed.TryAdd(name, $"{what}\n{block}");
        }

        return new RenderedMessage(Notices(reply), [embed.Build()]);
    }

    private static RenderedMessage RenderSources(ChatReply reply)
    {
        if (reply.Sources.Count == 0)
        {
            return new RenderedMessage(Content(reply), []);
        }

        var embed = new EmbedComposer(BotMessages.DiscordSources, null);
        foreach (var source in reply.Sources)
        {
            var outlet = source.OutletName is { Length: > 0 } full ? $"{source.Outlet} ({full})" : source.Outlet;
            var date = source.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var url = source.Url is { } address ? $"\n{address.AbsoluteUri}" : string.Empty;
            embed.TryAdd(source.Title, $"{outlet} · {source.Author} · {date}{url}");
        }

        return new RenderedMessage(Content(reply), [embed.Build()]);
    }

    private static string? Content(ChatReply reply)
    {
        var text = new StringBuilder();
        if (reply.ReadingLine is { } reading)
        {
            text.Append('*').Append(TextShortener.EscapeMarkdown(reading)).Append("*\n");
        }

        text.Append(reply.Text);
        foreach (var notice in reply.Notices)
        {
            text.Append('\n').Append(notice);
        }

        var content = text.ToString().Trim();
        return content.Length == 0 ? null : TextShortener.Shorten(content, DiscordLimits.Content);
    }

    private static string? Notices(ChatReply reply) =>
        reply.Notices.Count == 0 ? null : TextShortener.Shorten(string.Join('\n', reply.Notices), DiscordLimits.Content);
}
