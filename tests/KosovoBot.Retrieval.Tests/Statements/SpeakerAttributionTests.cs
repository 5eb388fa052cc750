using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Tests.Statements;

/// <summary>Speakers from every common attribution, in invented sentences.</summary>
public sealed class SpeakerAttributionTests
{
    [Theory]
    [InlineData("Rafael Osei, managing director of Aldmoor City Transit, said the rosters were needed.", "Rafael Osei", "managing director of Aldmoor City Transit", StatementKind.Reported)]
    [InlineData("The governor of Aldmoor, Pavel Strand, said the bridge would reopen.", "Pavel Strand", "governor of Aldmoor", StatementKind.Reported)]
    [InlineData("\"We will not pay,\" said Dana Whitlock, the association's chairwoman.", "Dana Whitlock", "association's chairwoman", StatementKind.Direct)]
    [InlineData("Port spokeswoman Ivy Marchetti said cargo was being diverted.", "Ivy Marchetti", "Port spokeswoman", StatementKind.Reported)]
    [InlineData("Fares were last raised in 2021, according to the Aldmoor Chamber of Commerce.", "Aldmoor Chamber of Commerce", null, StatementKind.Reported)]
    [InlineData("The Aldmoor Bus and Tram Workers' Union said the stoppage would go on.", "Aldmoor Bus and Tram Workers' Union", null, StatementKind.Reported)]
    [InlineData("The union said the stoppage would go on.", "union", null, StatementKind.Reported)]
    [InlineData("Engineers found new cracks, the city's transport office said on Friday.", "city's transport office", null, StatementKind.Reported)]
    [InlineData("Ferry operator Kessel Lines will add two late crossings, a spokesman said.", "spokesman", null, StatementKind.Reported)]
    [InlineData("The bridge has been closed since 2019, forcing commuters onto a ferry that the city says carries 7,000 people a day.", "city", null, StatementKind.Reported)]
    [InlineData("The bridge says little about the state of the river.", null, null, StatementKind.Narrative)]
    [InlineData("The ferry will add two crossings from Monday.", null, null, StatementKind.Narrative)]
    public void Attribution_CommonNewsPatterns_GiveSpeakerAndRole(string sentence, string? speaker, string? role, StatementKind kind)
    {
        var statement = Assert.Single(InventedParagraphs.Cut(sentence));

        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(role, statement.Role);
        Assert.Equal(kind, statement.Kind);
    }

    [Fact]
    public void Surname_ThenPronoun_ResolveToThePersonIntroducedWithARoleAppositive()
    {
        string[] paragraphs =
        [
            "The city's arbitration officer, Nils Berglund, has invited both sides to a hearing.",
            "Berglund told reporters he expected an agreement.",
            "He added that the hearing would be public.",
            "\"Every hour counts,\" according to Berglund.",
        ];

        var statements = InventedParagraphs.Cut(paragraphs);

        Assert.Equal(StatementKind.Narrative, statements[0].Kind);
        Assert.All(statements.Skip(1), static s => Assert.Equal("Nils Berglund", s.Speaker));
        Assert.All(statements.Skip(1), static s => Assert.Equal("city's arbitration officer", s.Role));
    }

    [Fact]
    public void Mayor_RoleIsTheWholeTitleNotThePlace()
    {
        var statement = Assert.Single(InventedParagraphs.Cut("The mayor of Struga, Goran Petrovski, said the summit was a success."));

        Assert.Equal("Goran Petrovski", statement.Speaker);
        Assert.Equal("mayor of Struga", statement.Role);
    }

    [Fact]
    public void They_RefersToTheBodyNamedLast()
    {
        string[] paragraphs =
        [
            "The Aldmoor Chamber of Commerce said fares had risen twice.",
            "They added that shops had lost trade.",
            "\"Every day costs us customers,\" they said.",
        ];

        var statements = InventedParagraphs.Cut(paragraphs);

        Assert.All(statements, static s => Assert.Equal("Aldmoor Chamber of Commerce", s.Speaker));
    }

    [Fact]
    public void They_WithNoBodyNamedBefore_IsNarration() =>
        Assert.Null(Assert.Single(InventedParagraphs.Cut("They say the depot will close.")).Speaker);
}
