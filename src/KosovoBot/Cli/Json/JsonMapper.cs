using System.Globalization;
using System.Text.Json;
using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;
using KosovoBot.Rendering;

namespace KosovoBot.Cli.Json;

/// <summary>Maps the knowledge layer's results to the command line's JSON contract.</summary>
internal static class JsonMapper
{
    /// <summary>The <c>ask --json</c> object for <paramref name="answer"/>, echoing the question as asked.</summary>
    public static AskJson ToJson(string question, Answer answer, string? understoodAs = null) =>
        new(question, answer.Answered, answer.Text, Math.Round(answer.Confidence, 3), answer.Citations.Select(ToJson).ToList(), Declined(answer), understoodAs);

    /// <summary>The decline reason as <c>ask --json</c> writes it (<c>lowConfidence</c>), or null when answered.</summary>
    private static string? Declined(Answer answer) =>
        answer.Answered || answer.Declined is not { } reason
            ? null
            : JsonNamingPolicy.CamelCase.ConvertName(reason.ToString());

    /// <summary>The <c>deadlines --json</c> object.</summary>
    public static DeadlinesJson ToJson(Timeline timeline) =>
        new(Date(timeline.AsOf), timeline.Items.Select(ToJson).ToList());

    /// <summary>The <c>quote --json</c> object.</summary>
    public static QuotesJson ToJson(QuoteSearchResult result) =>
        new(result.Query, result.Quotes.Select(c => new QuoteJson(c.Quote, c.Speaker, c.Role, ToRef(c))).ToList());

    /// <summary>The <c>sources --json</c> object.</summary>
    public static SourcesJson ToJson(IReadOnlyList<SourceInfo> sources) =>
        new(sources.Select(s => new SourceJson(
            s.Id, s.Title, s.Outlet, s.OutletName, s.Author, s.Dateline, Date(s.Published), s.Url?.ToString())).ToList());

    private static CitationJson ToJson(Citation citation) =>
        new(citation.Quote, citation.Speaker, citation.Role, citation.Kind.ToString().ToLowerInvariant(), ToRef(citation));

    private static TimelineItemJson ToJson(TimelineItem item) =>
        new(
            item.Date.ToIsoString(),
            ReplyTextFormatter.Precision(item.Date.Precision),
            item.Date.Part?.ToString().ToLowerInvariant(),
            item.Kind,
            item.Status.ToString().ToLowerInvariant(),
            item.What,
            item.Evidence.Quote,
            item.Evidence.Speaker,
            ToRef(item.Evidence));

    private static SourceRefJson ToRef(Citation citation)
    {
        var source = citation.Source;
        return new SourceRefJson(
            source.Id, source.Title, source.Outlet, source.Author, Date(source.Published), source.Url?.ToString(), citation.Paragraph);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
