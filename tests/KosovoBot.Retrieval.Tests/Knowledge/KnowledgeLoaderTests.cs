using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Analysis;
using KosovoBot.Retrieval.Knowledge;
using KosovoBot.Retrieval.Statements;

namespace KosovoBot.Retrieval.Tests.Knowledge;

public sealed class KnowledgeLoaderTests : IDisposable
{
    private readonly TempKnowledge _temp = new();

    [Fact]
    public void Load_GoodAndBadFiles_ServesGoodAndRefusesBadWithFileAndLine()
    {
        _temp.CopyArticle();
        _temp.CopySecondArticle();
        _temp.Write("bad.md", "---\nid: bad\ntitle: Bad\noutlet: X\nauthor: Y\npublished: 2007-13-07\n---\n\nText.\n");
        _temp.Write("synonyms.txt", "troops, soldiers\n");

        var result = KnowledgeLoader.Load(_temp.Directory);

        Assert.Equal(["voa-nato-to-stay-in-kosovo", "wns-eu-police-mission-extended"], result.Knowledge.Documents.Select(d => d.Source.Id).Order());
        var error = Assert.Single(result.Refused);
        Assert.Equal("knowledge/bad.md:6: published: '2007-13-07' is not a date (yyyy-MM-dd)", error.ToString());
        Assert.Equal("troops, soldiers\n", result.Knowledge.SynonymRules);
        Assert.Equal(26, result.Knowledge.Statements.Count());
    }

    [Fact]
    public void Load_DuplicateId_RefusesTheLaterFile()
    {
        _temp.CopyArticle();
        _temp.Write("zz-copy.md", File.ReadAllText(TempKnowledge.ArticlePath));

        var result = KnowledgeLoader.Load(_temp.Directory);

        Assert.Single(result.Knowledge.Documents);
        Assert.Equal("knowledge/zz-copy.md:2: id 'voa-nato-to-stay-in-kosovo' is already used by knowledge/voa-nato-to-stay-in-kosovo.md", Assert.Single(result.Refused).ToString());
    }

    [Fact]
    public void Load_DraftCopySortsFirstAfterArticleWasServed_KeepsServedArticleAndRefusesDraft()
    {
        _temp.CopyArticle();
        var served = KnowledgeLoader.Load(_temp.Directory);
        _temp.Write("000-draft.md", File.ReadAllText(TempKnowledge.ArticlePath).Replace("title: NATO to Stay in Kosovo", "title: Draft", StringComparison.Ordinal));

        var result = KnowledgeLoader.Load(_temp.Directory, served);

        Assert.Equal("NATO to Stay in Kosovo", Assert.Single(result.Knowledge.Documents).Source.Title);
        Assert.Equal("knowledge/000-draft.md:2: id 'voa-nato-to-stay-in-kosovo' is already used by knowledge/voa-nato-to-stay-in-kosovo.md", Assert.Single(result.Refused).ToString());
    }

    [Fact]
    public void Load_ServedFileLeavesTheId_DraftWithThatIdTakesIt()
    {
        _temp.CopyArticle();
        var served = KnowledgeLoader.Load(_temp.Directory);
        File.Move(Path.Combine(_temp.Directory, "voa-nato-to-stay-in-kosovo.md"), Path.Combine(_temp.Directory, "000-renamed.md"));

        var result = KnowledgeLoader.Load(_temp.Directory, served);

        Assert.Single(result.Knowledge.Documents);
        Assert.Empty(result.Refused);
    }

    [Fact]
    public void Load_StatementBuilderThrowsOnOneFile_RefusesThatFileAndLoadsTheOthers()
    {
        _temp.CopyArticle();
        _temp.CopySecondArticle();
        KnowledgeDocument Cut(ParsedKnowledgeFile file) => file.Source.Id == "wns-eu-police-mission-extended"
            ? throw new NotSupportedException("unexpected sentence")
            : StatementBuilder.Build(file);

        var result = KnowledgeLoader.Load(_temp.Directory, previous: null, Cut);

        Assert.Equal("voa-nato-to-stay-in-kosovo", Assert.Single(result.Knowledge.Documents).Source.Id);
        Assert.Equal(
            "knowledge/wns-eu-police-mission-extended.md:1: cannot cut into statements: NotSupportedException: unexpected sentence",
            Assert.Single(result.Refused).ToString());
    }

    [Fact]
    public void Load_BadSynonymRules_RefusesEachLineWithFileAndServesTheGoodRules()
    {
        _temp.CopyArticle();
        _temp.Write("synonyms.txt", "# situation vocabulary\ntroops, soldiers\nthe, a\ntalks, negotiations\nof => the\n");

        var result = KnowledgeLoader.Load(_temp.Directory);

        Assert.Equal([("knowledge/synonyms.txt", 3), ("knowledge/synonyms.txt", 5)], result.Refused.Select(e => (e.File, e.Line)));
        Assert.All(result.Refused, e => Assert.StartsWith("bad synonym rule: ", e.Reason, StringComparison.Ordinal));
        Assert.Equal("# situation vocabulary\ntroops, soldiers\n\ntalks, negotiations\n\n", result.Knowledge.SynonymRules);
        Assert.Empty(SynonymMapFactory.FindBadRules(result.Knowledge.SynonymRules));
    }

    [Fact]
    public void CheckReport_BadSynonymRule_Fails()
    {
        _temp.CopyArticle();
        _temp.Write("synonyms.txt", "troops, soldiers\nthe, a\n");

        var report = KnowledgeCheckReport.Run(_temp.Directory);

        Assert.False(report.Succeeded);
        Assert.Equal("knowledge/synonyms.txt:2: bad synonym rule: term: the was completely eliminated by analyzer", Assert.Single(report.Refused).ToString());
    }

    [Fact]
    public void Load_MissingDirectory_ReturnsEmpty()
    {
        var result = KnowledgeLoader.Load(Path.Combine(_temp.Directory, "nope"));

        Assert.Empty(result.Knowledge.Documents);
        Assert.Empty(result.Refused);
        Assert.Equal(string.Empty, result.Knowledge.SynonymRules);
    }

    [Fact]
    public void CheckReport_BadFile_ListsRowsAndFails()
    {
        _temp.CopyArticle();
        _temp.Write("empty.md", "---\nid: e\ntitle: E\noutlet: X\nauthor: Y\npublished: 2007-12-07\n---\n");

        var report = KnowledgeCheckReport.Run(_temp.Directory);

        Assert.False(report.Succeeded);
        Assert.Equal(18, report.Rows.Count);
        Assert.Equal("knowledge/empty.md:8: empty body: no paragraphs after the front matter", Assert.Single(report.Refused).ToString());
        Assert.Equal("Friday=2007-12-07 (day); December 10=2007-12-10 (day)", report.Rows[1].DatesText);
        Assert.Equal("late January=2008-01 (late part of month)", report.Rows[17].DatesText);
    }

    [Fact]
    public void CheckReport_GoodDirectory_Succeeds()
    {
        _temp.CopyArticle();

        var report = KnowledgeCheckReport.Run(_temp.Directory);

        Assert.True(report.Succeeded);
        Assert.Equal("Stefan Bos", Assert.Single(report.Documents).Author);
    }

    [Fact]
    public void Load_Latin1File_IsRefusedAtItsFirstBadLineAsNotUtf8()
    {
        _temp.CopyArticle();
        var text = "---\nid: cafe\ntitle: Caf\u00e9\noutlet: X\nauthor: Jos\u00e9\npublished: 2020-01-01\n---\n\nThe caf\u00e9 owner spoke.\n";
        File.WriteAllBytes(Path.Combine(_temp.Directory, "cafe.md"), System.Text.Encoding.Latin1.GetBytes(text));

        var result = KnowledgeLoader.Load(_temp.Directory);

        Assert.Equal("knowledge/cafe.md:3: not UTF-8", Assert.Single(result.Refused).ToString());
        Assert.Equal("voa-nato-to-stay-in-kosovo", Assert.Single(result.Knowledge.Documents).Source.Id);
    }

    [Fact]
    public void Load_Utf8WithByteOrderMark_Loads()
    {
        var text = File.ReadAllText(TempKnowledge.ArticlePath);
        File.WriteAllBytes(Path.Combine(_temp.Directory, "bom.md"), [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);

        var result = KnowledgeLoader.Load(_temp.Directory);

        Assert.Empty(result.Refused);
        Assert.Equal("voa-nato-to-stay-in-kosovo", Assert.Single(result.Knowledge.Documents).Source.Id);
    }

    [Fact]
    public void Load_FileLargerThanTheLimit_IsRefusedUnreadAndTheOthersLoad()
    {
        _temp.CopyArticle();
        _temp.Write("huge.md", "---\nid: huge\n" + new string('x', 5000));

        var result = KnowledgeLoader.Load(_temp.Directory, maxFileBytes: 4096);

        Assert.Equal(
            "knowledge/huge.md: larger than 4,096 bytes (5,013 bytes); split the article or raise Knowledge:MaxFileBytes",
            Assert.Single(result.Refused).ToString());
        Assert.Equal("voa-nato-to-stay-in-kosovo", Assert.Single(result.Knowledge.Documents).Source.Id);
    }

    public void Dispose() => _temp.Dispose();
}
