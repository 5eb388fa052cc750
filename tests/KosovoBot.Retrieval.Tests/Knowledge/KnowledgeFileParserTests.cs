using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Tests.Knowledge;

public sealed class KnowledgeFileParserTests
{
    private const string Good = """
        ---
        id: test-article
        title: A Test
        outlet: TST
        author: Jo Writer
        published: 2007-12-07
        ---

        First paragraph.

        Second paragraph.
        """;

    [Fact]
    public void Parse_GoodFile_ReadsFrontMatterAndParagraphs()
    {
        var parsed = KnowledgeFileParser.Parse("knowledge/t.md", Good);

        Assert.Equal("test-article", parsed.Source.Id);
        Assert.Equal("A Test", parsed.Source.Title);
        Assert.Equal("TST", parsed.Source.Outlet);
        Assert.Null(parsed.Source.OutletName);
        Assert.Equal(new DateOnly(2007, 12, 7), parsed.Source.Published);
        Assert.Equal(["First paragraph.", "Second paragraph."], parsed.Paragraphs);
        Assert.Equal(2, parsed.IdLine);
    }

    [Fact]
    public void Parse_CuratedArticle_ReadsAllFields()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge", "voa-nato-to-stay-in-kosovo.md");

        var parsed = KnowledgeFileParser.Parse("knowledge/voa-nato-to-stay-in-kosovo.md", File.ReadAllText(path));

        Assert.Equal("Voice of America", parsed.Source.OutletName);
        Assert.Equal("Stefan Bos", parsed.Source.Author);
        Assert.Equal("Budapest", parsed.Source.Dateline);
        Assert.Null(parsed.Source.Url);
        Assert.Equal(11, parsed.Paragraphs.Count);
    }

    [Fact]
    public void Parse_BadDate_ThrowsWithFileLineAndValue()
    {
        var text = Good.Replace("2007-12-07", "2007-13-07", StringComparison.Ordinal);

        var ex = Assert.Throws<KnowledgeFileException>(() => KnowledgeFileParser.Parse("knowledge/x.md", text));

        Assert.Equal("knowledge/x.md:6: published: '2007-13-07' is not a date (yyyy-MM-dd)", ex.Message);
        Assert.Equal(6, ex.Error.Line);
    }

    [Theory]
    [InlineData("9999-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2101-01-01")]
    public void Parse_PublishedYearOutOfRange_RefusesThatLine(string published)
    {
        var text = Good.Replace("2007-12-07", published, StringComparison.Ordinal);

        var ex = Assert.Throws<KnowledgeFileException>(() => KnowledgeFileParser.Parse("knowledge/x.md", text));

        Assert.Equal($"knowledge/x.md:6: published: '{published}' is not a year from 1900 to 2100", ex.Message);
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2100-12-31")]
    public void Parse_PublishedYearAtRangeEnds_IsAccepted(string published)
    {
        var parsed = KnowledgeFileParser.Parse("knowledge/x.md", Good.Replace("2007-12-07", published, StringComparison.Ordinal));

        Assert.Equal(DateOnly.ParseExact(published, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), parsed.Source.Published);
    }

    [Fact]
    public void Parse_MissingRequiredField_NamesFieldAtEndOfFrontMatter()
    {
        var text = Good.Replace("author: Jo Writer\n", string.Empty, StringComparison.Ordinal);

        var error = KnowledgeFileParser.TryParse("knowledge/x.md", text, out var parsed);

        Assert.Null(parsed);
        Assert.Equal("knowledge/x.md:6: missing required field 'author'", error?.ToString());
    }

    [Fact]
    public void Parse_EmptyRequiredField_PointsAtItsLine()
    {
        var text = Good.Replace("title: A Test", "title:", StringComparison.Ordinal);

        var error = KnowledgeFileParser.TryParse("knowledge/x.md", text, out _);

        Assert.Equal("knowledge/x.md:3: missing required field 'title'", error?.ToString());
    }

    [Fact]
    public void Parse_EmptyBody_RefusesAfterFrontMatter()
    {
        var text = Good[..(Good.IndexOf("---\n\n", 4, StringComparison.Ordinal) + 4)] + "\n\n";

        var error = KnowledgeFileParser.TryParse("knowledge/x.md", text, out _);

        Assert.Equal("knowledge/x.md:8: empty body: no paragraphs after the front matter", error?.ToString());
    }

    [Fact]
    public void Parse_NoFrontMatter_RefusesAtLineOne()
    {
        var error = KnowledgeFileParser.TryParse("knowledge/x.md", "Just a paragraph.\n", out _);

        Assert.Equal("knowledge/x.md:1: no front matter: the file must start with a '---' line", error?.ToString());
    }

    [Fact]
    public void Parse_UnclosedFrontMatter_Refuses()
    {
        var error = KnowledgeFileParser.TryParse("knowledge/x.md", "---\nid: x\n", out _);

        Assert.Equal(1, error?.Line);
        Assert.Contains("not closed", error?.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LineWithoutColon_RefusesThatLine()
    {
        var text = Good.Replace("outlet: TST", "outlet TST", StringComparison.Ordinal);

        var error = KnowledgeFileParser.TryParse("knowledge/x.md", text, out _);

        Assert.Equal(4, error?.Line);
    }

    [Fact]
    public void Parse_BadUrl_RefusesThatLine()
    {
        var text = Good.Replace("published: 2007-12-07", "published: 2007-12-07\nurl: not a url", StringComparison.Ordinal);

        var error = KnowledgeFileParser.TryParse("knowledge/x.md", text, out _);

        Assert.Equal(7, error?.Line);
    }

    [Fact]
    public void Parse_UnknownKeyQuotedValueAndCrLf_AreAccepted()
    {
        var text = Good.Replace("title: A Test", "title: \"A Test: Quoted\"\ntags: kosovo", StringComparison.Ordinal).Replace("\n", "\r\n", StringComparison.Ordinal);

        var parsed = KnowledgeFileParser.Parse("knowledge/x.md", text);

        Assert.Equal("A Test: Quoted", parsed.Source.Title);
        Assert.Equal(2, parsed.Paragraphs.Count);
    }
}
