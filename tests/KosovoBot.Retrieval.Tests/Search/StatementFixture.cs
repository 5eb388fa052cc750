using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Tests.Search;

/// <summary>A tiny hand-written knowledge base: one invented article of six statements, built in code.</summary>
internal static class StatementFixture
{
    public static readonly SourceInfo Source = new()
    {
        Id = "fixture-harbour",
        Title = "Harbour Strike Ends",
        Outlet = "TWS",
        OutletName = "Test Wire Service",
        Author = "Lena Maréchal",
        Dateline = "Split",
        Published = new DateOnly(2010, 5, 14),
    };

    public const string Synonyms = """
        workers, dockers, staff
        pay, wages, salary
        stop, end, halt
        """;

    public static KnowledgeBase Knowledge { get; } = Build();

    public static Statement At(int ordinal) => Knowledge.Documents[0].Statements[ordinal];

    private static KnowledgeBase Build()
    {
        var friday = new DateMention("Friday", ResolvedDate.OfDay(new DateOnly(2010, 5, 14)));
        var monday = new DateMention("Monday", ResolvedDate.OfDay(new DateOnly(2010, 5, 17)));
        var year = new DateMention("2008", ResolvedDate.OfYear(2008));
        var lateJune = new DateMention("late June", ResolvedDate.OfPartOfMonth(2010, 6, MonthPart.Late));
        Statement[] statements =
        [
            Make(0, 1, "Dock workers in Split ended their strike on Friday after the port agreed to raise wages by 6 percent.", null, null, StatementKind.Narrative, friday),
            Make(1, 1, "Lena Maréchal reports for TWS from Split.", null, null, StatementKind.Narrative),
            Make(2, 2, "Union leader Ivo Barić told reporters that about 1,200 dockers would return to work on Monday.", "Ivo Barić", "union leader", StatementKind.Reported, monday),
            Make(3, 3, "\"We have won a fair deal for every family in this port,\" said Barić.", "Ivo Barić", "union leader", StatementKind.Direct),
            Make(4, 4, "The dockers have not had a pay rise since 2008.", null, null, StatementKind.Narrative, year),
            Make(5, 5, "Port director Ana Kos expects the backlog of ships to clear by late June.", "Ana Kos", "port director", StatementKind.Reported, lateJune),
        ];
        var document = new KnowledgeDocument
        {
            Source = Source,
            Paragraphs = [.. statements.Select(static s => s.Text)],
            Statements = statements,
        };
        return new KnowledgeBase([document], Synonyms);
    }

    private static Statement Make(int ordinal, int paragraph, string text, string? speaker, string? role, StatementKind kind, params DateMention[] dates) =>
        new()
        {
            Source = Source,
            Ordinal = ordinal,
            Paragraph = paragraph,
            Text = text,
            Speaker = speaker,
            Role = role,
            Kind = kind,
            Dates = dates,
        };
}
