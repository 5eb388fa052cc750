using KosovoBot.Core.Answers;
using KosovoBot.Core.Chat;
using KosovoBot.Rendering;
using KosovoBot.Testing.Fakes;

namespace KosovoBot.Tests.Rendering;

public sealed class ReplyTextFormatterTests
{
    [Fact]
    public void Attribution_DirectQuote_NamesSpeakerRoleAndSource() =>
        Assert.Equal(
            "Mara Vell, city engineer \u00B7 \"Harbour Bridge to Reopen\", Wire (Ana Reporter), 2020-03-06, paragraph 2",
            ReplyTextFormatter.Attribution(Citation.Of(TestStatements.Direct)));

    [Fact]
    public void Attribution_Narration_SaysSo() =>
        Assert.StartsWith("reporter's narration \u00B7", ReplyTextFormatter.Attribution(Citation.Of(TestStatements.Narrative)), StringComparison.Ordinal);

    [Fact]
    public void Attribution_Headline_SaysHeadlineNotParagraphZero()
    {
        var headline = TestStatements.Narrative with { Paragraph = 0, Text = TestStatements.Source.Title };

        var attribution = ReplyTextFormatter.Attribution(Citation.Of(headline));

        Assert.EndsWith(", headline", attribution, StringComparison.Ordinal);
        Assert.DoesNotContain("paragraph 0", attribution, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoAnswer_MarksRelatedStatementsAsNotAnAnswer()
    {
        var reply = new ChatReply
        {
            Kind = ReplyKind.NoAnswer,
            Text = "The articles don't say.",
            Citations = [Citation.Of(TestStatements.Narrative)],
        };

        var text = ReplyTextFormatter.Format(reply);

        Assert.StartsWith("The articles don't say.\n\nRelated, but not an answer:", text, StringComparison.Ordinal);
        Assert.Contains(TestStatements.Narrative.Text, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_Sources_ListsOutletAuthorDatelineAndDate()
    {
        var reply = new ChatReply { Kind = ReplyKind.Sources, Text = "I answer from 1 article:", Sources = [TestStatements.Source] };

        Assert.Equal(
            "I answer from 1 article:\n  - \"Harbour Bridge to Reopen\", Test Wire Service (Wire), by Ana Reporter, from Portville, 2020-03-06",
            ReplyTextFormatter.Format(reply));
    }
}
