using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Tests.Statements;

/// <summary>Quotations as whole units with their own speaker, in invented paragraphs.</summary>
public sealed class QuotationTests
{
    private static List<Quotation> Quotations(params string[] paragraphs) =>
        [.. InventedParagraphs.Cut(paragraphs).SelectMany(static s => s.Quotations)];

    [Fact]
    public void Quotation_OverTwoSentences_IsOneUnitWithTheTaggedSpeaker()
    {
        var quotes = Quotations(
            "\"We asked twice,\" said union leader Dana Whitlock. \"Give us a fair timetable and the buses run. Until then, the depot stays closed.\"");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("Give us a fair timetable and the buses run. Until then, the depot stays closed.", quotes[1].Text);
        Assert.All(quotes, static q => Assert.Equal("Dana Whitlock", q.Speaker));
        Assert.All(quotes, static q => Assert.Equal("union leader", q.Role));
    }

    [Fact]
    public void Quotation_IsExactlyTheWordsBetweenTheMarks_CurlyOrStraight()
    {
        var quotes = Quotations(
            "“Without the rosters we lose four million a year,” Rafael Osei said.",
            "\"Nobody wanted this strike,\" Osei added.");

        Assert.Equal(["Without the rosters we lose four million a year,", "Nobody wanted this strike,"], quotes.Select(static q => q.Text));
        Assert.All(quotes, static q => Assert.Equal("Rafael Osei", q.Speaker));
    }

    [Fact]
    public void PartialQuotation_InsideAReportedSentence_IsFoundWithTheSentencesSpeaker()
    {
        var quotes = Quotations(
            "Transit spokeswoman Ivy Marchetti said night buses were running. She said they would run \"for as long as volunteers come forward\" and that school buses were not affected.");

        var quote = Assert.Single(quotes);
        Assert.Equal("for as long as volunteers come forward", quote.Text);
        Assert.Equal("Ivy Marchetti", quote.Speaker);
        Assert.Equal("Transit spokeswoman", quote.Role);
    }

    [Fact]
    public void ScareQuotes_OfOneOrTwoWords_AreNotQuotations() =>
        Assert.Empty(Quotations("The so-called \"peace plan\" was shelved on Monday, officials said."));

    [Fact]
    public void Quotation_RunningIntoTheNextParagraph_KeepsItsSpeaker()
    {
        var quotes = Quotations(
            "The mayor of Struval, Anton Reyes, said his city would wait. “We cannot wait another season,” he said. “The fields dry out by April.",
            "“If the others want a deal, they know where to find us.”");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("The fields dry out by April.", quotes[1].Text);
        Assert.All(quotes, static q => Assert.Equal("Anton Reyes", q.Speaker));
        Assert.All(quotes, static q => Assert.Equal("mayor of Struval", q.Role));
    }

    [Fact]
    public void UntaggedQuotationBeforeATaggedOne_TakesTheFollowingTag()
    {
        var quotes = Quotations("\"Nobody is leaving.\" \"We stay until the job is done,\" said envoy Tomas Berger.");

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, static q => Assert.Equal("Tomas Berger", q.Speaker));
    }

    [Fact]
    public void QuotationWithNoTagAnywhere_HasNoSpeaker()
    {
        var quote = Assert.Single(Quotations("The banner read \"no more split shifts for anyone\" in red letters."));

        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Passage_OfASentenceInsideAQuotation_IsTheWholeQuotationWithBalancedMarks()
    {
        const string paragraph = "\"We asked twice,\" said Dana Whitlock. \"Give us a timetable. Until then, the depot stays closed.\" The talks ended.";

        var statements = InventedParagraphs.Cut(paragraph);

        Assert.Equal("\"Give us a timetable.", statements[1].Text);
        Assert.Equal("\"We asked twice,\" said Dana Whitlock.", statements[0].Passage);
        Assert.Equal("\"Give us a timetable. Until then, the depot stays closed.\"", statements[1].Passage);
        Assert.Equal(statements[1].Passage, statements[2].Passage);
        Assert.Equal("The talks ended.", statements[3].Passage);
        Assert.All(statements, static s => Assert.Equal(0, s.Passage.Count(static c => c == '"') % 2));
        Assert.All(statements, s => Assert.Contains(s.Passage, paragraph, StringComparison.Ordinal));
    }

    [Fact]
    public void Citation_OfASentenceInsideAQuotation_ShowsTheBalancedPassage()
    {
        var statements = InventedParagraphs.Cut("\"We asked twice. Nobody answered,\" said Dana Whitlock.");

        var citation = Core.Answers.Citation.Of(statements[0]);

        Assert.Equal("\"We asked twice. Nobody answered,\" said Dana Whitlock.", citation.Quote);
    }
}
