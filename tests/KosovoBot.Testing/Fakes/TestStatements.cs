using KosovoBot.Core.Answers;
using KosovoBot.Core.Knowledge;

namespace KosovoBot.Testing.Fakes;

/// <summary>A tiny invented article for tests that need statements but not the retrieval layer.</summary>
public static class TestStatements
{
    /// <summary>The invented article's source.</summary>
    public static SourceInfo Source { get; } = new()
    {
        Id = "wire-harbour-bridge",
        Title = "Harbour Bridge to Reopen",
        Outlet = "Wire",
        OutletName = "Test Wire Service",
        Author = "Ana Reporter",
        Dateline = "Portville",
        Published = new DateOnly(2020, 3, 6),
    };

    /// <summary>A direct quotation by a named official.</summary>
    public static Statement Direct { get; } = new()
    {
        Source = Source,
        Ordinal = 1,
        Paragraph = 2,
        Text = "\"The bridge will carry traffic again on Monday,\" said city engineer Mara Vell.",
        Speaker = "Mara Vell",
        Role = "city engineer",
        Kind = StatementKind.Direct,
        Dates = [new DateMention("Monday", ResolvedDate.OfDay(new DateOnly(2020, 3, 9)))],
    };

    /// <summary>The reporter's narration.</summary>
    public static Statement Narrative { get; } = new()
    {
        Source = Source,
        Ordinal = 0,
        Paragraph = 1,
        Text = "The harbour bridge has been closed since 2018.",
        Kind = StatementKind.Narrative,
        Dates = [new DateMention("since 2018", ResolvedDate.OfYear(2018))],
    };

    /// <summary>An answer citing the direct quotation.</summary>
    public static Answer AnsweredWithDirectQuote(string question) => new()
    {
        Question = question,
        Answered = true,
        Text = "On Monday.",
        Confidence = 0.8,
        Citations = [Citation.Of(Direct)],
    };
}
