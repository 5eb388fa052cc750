using System.Globalization;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Retrieval.Knowledge;

/// <summary>One statement as <c>knowledge check</c> shows it.</summary>
/// <param name="DocumentId">The article.</param>
/// <param name="Ordinal">0-based sentence number in the article.</param>
/// <param name="Paragraph">1-based paragraph.</param>
/// <param name="Kind">Direct, reported or narrative.</param>
/// <param name="Speaker">Who, or null for narration.</param>
/// <param name="Role">The speaker's role, when given.</param>
/// <param name="Dates">The dates found.</param>
/// <param name="Text">The sentence.</param>
public sealed record KnowledgeCheckRow(
    string DocumentId,
    int Ordinal,
    int Paragraph,
    StatementKind Kind,
    string? Speaker,
    string? Role,
    IReadOnlyList<DateMention> Dates,
    string Text)
{
    /// <summary>The dates as <c>Monday=2007-12-10 (day); late January=2008-01 (part of month)</c>; empty when none.</summary>
    public string DatesText => string.Join("; ", Dates.Select(d => string.Create(
        CultureInfo.InvariantCulture,
        $"{d.Text}={d.Date.ToIsoString()} ({Describe(d.Date)})")));

    /// <summary>Each date with its resolution rule, one a line: <c>on Monday = 2024-03-11, day: past ('walked'): the latest Monday on or before publication</c>.</summary>
    public IReadOnlyList<string> DateLines => [.. Dates.Select(d => string.Create(
        CultureInfo.InvariantCulture,
        $"{d.Text} = {d.Date.ToIsoString()} ({Describe(d.Date)}: {d.Date.Describe()}): {d.Rule}"))];

    /// <summary>The direct quotations that start in the statement, each whole, with its speaker.</summary>
    public IReadOnlyList<Quotation> Quotations { get; init; } = [];

    private static string Describe(ResolvedDate date) => date.Precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => date.IsWeekend ? "weekend" : "week",
        DatePrecision.PartOfMonth => date.Part.ToString()!.ToLowerInvariant() + " part of month",
        DatePrecision.Month => "month",
        DatePrecision.PartOfYear => date.Part.ToString()!.ToLowerInvariant() + " part of year",
        _ => "year",
    };
}
