using KosovoBot.Core.Knowledge;

namespace KosovoBot.SemanticKernel.Tests.Fakes;

/// <summary>A tiny statement fixture: six sentences of one article with their attribution.</summary>
internal static class TestStatements
{
    public static SourceInfo Source { get; } = new()
    {
        Id = "voa-test",
        Title = "NATO to Stay in Kosovo",
        Outlet = "VOA",
        Author = "Stefan Bos",
        Published = new DateOnly(2007, 12, 7),
    };

    public static Statement Remain { get; } = Make(0, 1, "The NATO military alliance says it will remain in Kosovo even if leaders of the Serbian province fail to reach an agreement with Serbia.", null, null, StatementKind.Narrative);

    public static Statement Troops { get; } = Make(1, 2, "NATO spokesman James Appathurai told reporters that NATO ministers have agreed to keep their KFOR peacekeeping force in Kosovo at its current strength of just over 16,000 troops.", "James Appathurai", "NATO spokesman", StatementKind.Reported);

    public static Statement Platform { get; } = Make(2, 4, "\"Allies agree that U.N. Security Council resolution 1244 provides a platform for the continuing presence of NATO forces in Kosovo,\" said Appathurai.", "James Appathurai", "NATO spokesman", StatementKind.Direct);

    public static Statement Reinforcements { get; } = Make(3, 4, "That includes, if necessary, reinforcements.\"", "James Appathurai", "NATO spokesman", StatementKind.Direct);

    public static Statement Mediators { get; } = Make(4, 8, "International mediators are expected to report to the United Nations on Monday that efforts to reach a compromise between Kosovo's government and Belgrade have failed.", null, null, StatementKind.Narrative) with
    {
        Dates = [new DateMention("Monday", ResolvedDate.OfDay(new DateOnly(2007, 12, 10)))],
    };

    public static Statement Russia { get; } = Make(5, 9, "Russia wants further mediation between Serbia, which opposes independence, and Kosovo's ethnic Albanian leadership.", "Russia", null, StatementKind.Reported);

    public static IReadOnlyList<Statement> All { get; } = [Remain, Troops, Platform, Reinforcements, Mediators, Russia];

    private static Statement Make(int ordinal, int paragraph, string text, string? speaker, string? role, StatementKind kind) =>
        new()
        {
            Source = Source,
            Ordinal = ordinal,
            Paragraph = paragraph,
            Text = text,
            Speaker = speaker,
            Role = role,
            Kind = kind,
        };
}
