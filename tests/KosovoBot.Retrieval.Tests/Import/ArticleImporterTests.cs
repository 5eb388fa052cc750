using KosovoBot.Retrieval.Import;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Tests.Import;

public sealed class ArticleImporterTests
{
    private static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", .. parts]);

    [Fact]
    public void Import_Seed_ProducesCuratedKnowledgeFileByteForByte()
    {
        var raw = File.ReadAllText(TestData("000_3e4242a5ee1164d6.txt"));
        var expected = File.ReadAllBytes(TestData("knowledge", "voa-nato-to-stay-in-kosovo.md"));

        var article = ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2007, 12, 7), OutletName = "Voice of America" });

        Assert.Equal(expected, System.Text.Encoding.UTF8.GetBytes(article.ToKnowledgeFile()));
        Assert.Equal("voa-nato-to-stay-in-kosovo.md", article.FileName);
    }

    [Fact]
    public void Import_Seed_DetectsTitleBylineAndDropsChrome()
    {
        var raw = File.ReadAllText(TestData("000_3e4242a5ee1164d6.txt"));

        var article = ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2007, 12, 7) });

        Assert.Equal("NATO to Stay in Kosovo", article.Source.Title);
        Assert.Equal("VOA", article.Source.Outlet);
        Assert.Equal("Stefan Bos", article.Source.Author);
        Assert.Equal("Budapest", article.Source.Dateline);
        Assert.Equal(11, article.Paragraphs.Count);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Breaking News", StringComparison.Ordinal));
    }

    [Fact]
    public void Import_Overrides_WinOverDetection()
    {
        var raw = File.ReadAllText(TestData("000_3e4242a5ee1164d6.txt"));
        var overrides = new ImportOverrides
        {
            Published = new DateOnly(2007, 12, 8),
            Id = "custom-id",
            Title = "Custom Title",
            Outlet = "XYZ",
            Author = "A. Person",
            Dateline = "Brussels",
            Url = new Uri("https://example.org/a"),
        };

        var text = ArticleImporter.Import(raw, overrides).ToKnowledgeFile();
        var parsed = KnowledgeFileParser.Parse("knowledge/custom-id.md", text);

        Assert.Equal("custom-id", parsed.Source.Id);
        Assert.Equal("Custom Title", parsed.Source.Title);
        Assert.Equal("XYZ", parsed.Source.Outlet);
        Assert.Equal("A. Person", parsed.Source.Author);
        Assert.Equal("Brussels", parsed.Source.Dateline);
        Assert.Equal(new Uri("https://example.org/a"), parsed.Source.Url);
        Assert.Equal(new DateOnly(2007, 12, 8), parsed.Source.Published);
    }

    [Fact]
    public void Import_OtherPageWithTrailingChrome_DropsItAndBuildsId()
    {
        const string raw = "Skip to main content\nMenu\nÉlite Troops Head South\n\nSoldiers left the base on Tuesday. Maria Lopez reports for WNS from Madrid.\n\nShare on Facebook\nPrint\nRelated stories\n";

        var article = ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2020, 3, 5) });

        Assert.Equal("Élite Troops Head South", article.Source.Title);
        Assert.Equal("wns-elite-troops-head-south", article.Source.Id);
        Assert.Equal("Maria Lopez", article.Source.Author);
        Assert.Equal("Madrid", article.Source.Dateline);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Import_NoPublishedDate_ThrowsNamingTheOption()
    {
        var raw = File.ReadAllText(TestData("000_3e4242a5ee1164d6.txt"));

        var ex = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(raw, new ImportOverrides()));

        Assert.Contains("--published", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NoBylineAndNoOverrides_ThrowsNamingMissingFields()
    {
        const string raw = "Headline Here\n\nSomething happened in the capital today, officials said.\n";

        var ex = Assert.Throws<ArticleImportException>(() => ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2020, 1, 1) }));

        Assert.Contains("outlet (--outlet)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("author (--author)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Accessibility links", true)]
    [InlineData("Breaking News", true)]
    [InlineData("Share on Twitter", true)]
    [InlineData("NATO to Stay in Kosovo", false)]
    [InlineData("Print the whole plan, he said.", false)]
    public void IsChrome_Line_RecognisesPageFurniture(string line, bool chrome) => Assert.Equal(chrome, PageChrome.IsChrome(line));

    [Theory]
    [InlineData("Ana Petrova reports for the Balkan Courier from Skopje.")]
    [InlineData("Ana Petrova reports from Skopje for the Balkan Courier.")]
    public void Import_BylineSentenceWithTheOutlet_FindsAuthorOutletAndDateline(string byline)
    {
        var raw = "Summit Ends Without Deal\n\nA two-day summit of lake states ended on Wednesday without a deal on water. " + byline + "\n";

        var article = ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2008, 2, 17) });

        Assert.Equal("Ana Petrova", article.Source.Author);
        Assert.Equal("Balkan Courier", article.Source.Outlet);
        Assert.Equal("Skopje", article.Source.Dateline);
    }

    [Fact]
    public void Import_ByLineAndOpeningDateline_FillTheFrontMatterAndLeaveTheBodyWhole()
    {
        const string raw = "Summit Ends Without Deal\nBy Ana Petrova\n\nSKOPJE, Macedonia (Balkan Courier) — A two-day summit ended on Wednesday without a deal.\n\nThe mayor said talks would resume.\n";

        var article = ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2008, 2, 17) });

        Assert.Equal("Summit Ends Without Deal", article.Source.Title);
        Assert.Equal("Ana Petrova", article.Source.Author);
        Assert.Equal("Balkan Courier", article.Source.Outlet);
        Assert.Equal("Skopje", article.Source.Dateline);
        Assert.Equal(["A two-day summit ended on Wednesday without a deal.", "The mayor said talks would resume."], article.Paragraphs);
    }

    [Fact]
    public void Import_BodyOpeningWithACapitalisedPhrase_IsNotTakenForADateline()
    {
        const string raw = "Summit Ends\n\nThe mayor said talks would resume on Monday.\n";

        var article = ArticleImporter.Import(raw, new ImportOverrides { Published = new DateOnly(2008, 2, 17), Outlet = "BC", Author = "Ana Petrova" });

        Assert.Null(article.Source.Dateline);
        Assert.Equal(["The mayor said talks would resume on Monday."], article.Paragraphs);
    }
}
