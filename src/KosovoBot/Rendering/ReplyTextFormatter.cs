using System.Globalization;
using System.Text;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Core.Knowledge;
using KosovoBot.Core.Text;

namespace KosovoBot.Rendering;

/// <summary>Renders a <see cref="ChatReply"/> as plain terminal text: the answer first, then each quote with its attribution.</summary>
internal static class ReplyTextFormatter
{
    /// <summary>The reply as lines of text, without a trailing newline.</summary>
    public static string Format(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder();
        if (reply.ReadingLine is { } reading)
        {
            text.Append(reading).Append('\n');
        }

        text.Append(reply.Text);
        switch (reply.Kind)
        {
            case ReplyKind.NoAnswer when reply.Citations.Count > 0:
                text.Append("\n\n").Append(BotMessages.TerminalRelated);
                AppendCitations(text, reply.Citations);
                break;
            case ReplyKind.Timeline when reply.Timeline is { } timeline:
                AppendTimeline(text, timeline);
                break;
            case ReplyKind.Sources:
                foreach (var source in reply.Sources)
                {
                    text.Append("\n  - ").Append(DescribeSource(source));
                }

                break;
            default:
                AppendCitations(text, reply.Citations);
                break;
        }

        foreach (var notice in reply.Notices)
        {
            text.Append("\n  ").Append(notice);
        }

        return text.ToString();
    }

    /// <summary>Speaker, role and article of a quote: <c>James Appathurai, NATO spokesman · "Title", VOA (Author), 2007-12-07, paragraph 2</c>.</summary>
    public static string Attribution(Citation citation)
    {
        ArgumentNullException.ThrowIfNull(citation);
        var who = citation.Speaker is null
            ? BotMessages.TerminalNarration
            : citation.Role is null ? citation.Speaker : BotText.Format(BotMessages.ArticlePerson, citation.Speaker, citation.Role);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{who} · \"{citation.Source.Title}\", {citation.Source.Outlet} ({citation.Source.Author}), {Date(citation.Source.Published)}, {citation.Place}");
    }

    private static void AppendCitations(StringBuilder text, IReadOnlyList<Citation> citations)
    {
        foreach (var citation in citations)
        {
            // A block line rather than quotation marks: a direct quotation already carries its own.
            text.Append("\n\n  > ").Append(citation.Quote);
            text.Append("\n    \u2014 ").Append(Attribution(citation));
        }
    }

    private static void AppendTimeline(StringBuilder text, Timeline timeline)
    {
        foreach (var item in timeline.Items)
        {
            text.Append("\n\n  ").Append(item.Date.Describe())
                .Append(" (").Append(item.Date.ToIsoString()).Append(", ").Append(Precision(item.Date.Precision)).Append(")  ")
                .Append(item.Status.ToString().ToLowerInvariant()).Append(" \u00B7 ").Append(item.Kind)
                .Append("\n    ").Append(item.What)
                .Append("\n    > ").Append(item.Evidence.Quote)
                .Append("\n    \u2014 ").Append(Attribution(item.Evidence));
        }
    }

    private static string DescribeSource(SourceInfo source)
    {
        var outlet = source.OutletName is null ? source.Outlet : $"{source.OutletName} ({source.Outlet})";
        var where = source.Dateline is null ? string.Empty : $", from {source.Dateline}";
        var url = source.Url is null ? string.Empty : $" <{source.Url}>";
        return $"\"{source.Title}\", {outlet}, by {source.Author}{where}, {Date(source.Published)}{url}";
    }

    /// <summary>The precision as the JSON contract spells it.</summary>
    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.PartOfMonth => "part-of-month",
        DatePrecision.Month => "month",
        DatePrecision.PartOfYear => "part-of-year",
        _ => "year",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
