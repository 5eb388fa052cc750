using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Tests.Statements;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Allies agree that U.N. Security Council resolution 1244 provides a platform.", 1)]
    [InlineData("The U.S. Army has 16,000 troops. They stay.", 2)]
    [InlineData("Mr. Smith met Gen. Jones on Dec. 10. Talks went on.", 2)]
    [InlineData("J. R. Smith spoke. Nobody listened.", 2)]
    [InlineData("It costs 3.5 million euros. That is a lot.", 2)]
    [InlineData("\"It is over.\" The room fell silent.", 2)]
    [InlineData("\"Why?\" he asked. \"Because.\"", 2)]
    [InlineData("The answer was no. Then they left.", 2)]
    [InlineData("Is it over? Yes! It is.", 3)]
    [InlineData("No. 1 is the best, officials said.", 1)]
    public void Split_Paragraph_CutsAtSentenceEndsOnly(string paragraph, int count)
    {
        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(count, sentences.Count);
        Assert.Equal(paragraph, string.Join(' ', sentences));
    }

    [Fact]
    public void Split_QuotationOverSentences_KeepsClosingQuoteWithItsSentence()
    {
        const string paragraph = "\"Allies agree,\" said Appathurai. \"Second that they commit. That includes reinforcements.\"";

        var sentences = SentenceSplitter.Split(paragraph);

        Assert.Equal(["\"Allies agree,\" said Appathurai.", "\"Second that they commit.", "That includes reinforcements.\""], sentences);
    }
}
