using KosovoBot.Discord.Rendering;

namespace KosovoBot.Discord.Tests.Rendering;

public sealed class TextShortenerTests
{
    [Fact]
    public void Shorten_TextThatFits_IsUnchanged() =>
        Assert.Equal("just over 16,000 troops", TextShortener.Shorten("just over 16,000 troops", 23));

    [Theory]
    [InlineData("alpha beta gamma", 12, "alpha beta…")]
    [InlineData("alpha beta gamma", 11, "alpha beta…")]
    [InlineData("alpha beta gamma", 10, "alpha…")]
    [InlineData("keep KFOR, at strength", 12, "keep KFOR…")]
    public void Shorten_LongText_CutsAtAWordBoundaryWithAnEllipsis(string text, int max, string expected)
    {
        var shortened = TextShortener.Shorten(text, max);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= max);
    }

    [Fact]
    public void Shorten_OneWordLongerThanTheLimit_IsCutInside()
    {
        Assert.Equal("abcd…", TextShortener.Shorten("abcdefghij", 5));
    }

    [Fact]
    public void EscapeMarkdown_KeepsTheWordsAndEscapesFormatting()
    {
        Assert.Equal(@"\*not bold\* and a\_b", TextShortener.EscapeMarkdown("*not bold* and a_b"));
    }
}
