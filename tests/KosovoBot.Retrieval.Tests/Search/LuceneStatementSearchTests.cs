using KosovoBot.Core.Knowledge;
using KosovoBot.Retrieval.Knowledge;

namespace KosovoBot.Retrieval.Tests.Search;

public sealed class LuceneStatementSearchTests
{
    [Theory]
    [InlineData("when did the staff stop striking", 0)]
    [InlineData("what did the port agree to", 0)]
    [InlineData("how many dockers go back to work", 2)]
    [InlineData("What did the union leader say about the deal?", 3)]
    [InlineData("when was the last pay rise for the staff", 4)]
    [InlineData("ships backlog", 5)]
    public void Search_Paraphrase_RanksStatementFirst(string question, int ordinal)
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var hits = harness.Search.Search(question, 3);

        Assert.Equal(ordinal, hits[0].Statement.Ordinal);
    }

    [Theory]
    [InlineData("what happens on Monday", 2)]
    [InlineData("anything on may 17th?", 2)]
    [InlineData("what about 2008", 4)]
    [InlineData("what is expected in late june", 5)]
    public void Search_DateInQuestion_FindsStatementNamingSameDate(string question, int ordinal)
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Equal(ordinal, harness.Search.Search(question, 1)[0].Statement.Ordinal);
    }

    [Theory]
    [InlineData("who wrote this story")]
    [InlineData("which city does the correspondent file from")]
    [InlineData("who is the reporter")]
    public void Search_BylineQuestion_FindsBylineSentence(string question)
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Equal(1, harness.Search.Search(question, 1)[0].Statement.Ordinal);
    }

    [Fact]
    public void Search_SpeakerRole_FindsTheirStatements()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var hits = harness.Search.Search("port director", 2);

        Assert.Equal("Ana Kos", hits[0].Statement.Speaker);
    }

    [Fact]
    public void Search_Top_LimitsAndOrdersByScore()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var hits = harness.Search.Search("dockers strike wages port", 2);

        Assert.Equal(2, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public void Search_NothingMatches_ReturnsEmpty()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Empty(harness.Search.Search("zxcvbnm", 3));
    }

    [Fact]
    public void Search_ProviderSwapsSnapshot_UsesNewSnapshot()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);
        var first = harness.Cache.Current;
        Assert.Empty(harness.Search.Search("lighthouse", 1));

        var document = StatementFixture.Knowledge.Documents[0];
        var extra = document.Statements[0] with { Ordinal = 6, Text = "A new lighthouse opened at the harbour mouth." };
        harness.Provider.Current = new KnowledgeBase(
            [document with { Statements = [.. document.Statements, extra] }], StatementFixture.Synonyms);

        Assert.Equal(6, harness.Search.Search("lighthouse", 1)[0].Statement.Ordinal);
        Assert.NotSame(first, harness.Cache.Current);
    }

    [Fact]
    public void Search_SameSnapshot_BuildsIndexOnce()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Same(harness.Cache.Current, harness.Cache.Current);
    }

    [Fact]
    public async Task Search_ConcurrentCallers_AllGetSameResult()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(
            () => harness.Search.Search("how many dockers return to work", 1)[0].Statement.Ordinal, timeout.Token)));

        Assert.All(results, static r => Assert.Equal(2, r));
    }

    [Fact]
    public void Search_EmptyKnowledge_ReturnsEmpty()
    {
        using var harness = new RetrievalHarness(KnowledgeBase.Empty);

        Assert.Empty(harness.Search.Search("troops", 3));
    }

    [Fact]
    public void Plan_UnknownName_IsSalientAndUncovered()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var plan = harness.Cache.Plan("How many dockers strike in Rotterdam?");

        Assert.True(plan.SalientUncovered);
    }

    [Fact]
    public void Plan_Typo_IsCorrectedFromVocabulary()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var plan = harness.Cache.Plan("backlgo of ships");

        Assert.Equal(0, plan.UncoveredCount);
    }

    [Fact]
    public void Plan_ChatMarkup_IsStripped()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var plan = harness.Cache.Plan("<@U0LAN0Z89> who wrote this?");

        Assert.Equal("who wrote this?", plan.Question);
    }

}
