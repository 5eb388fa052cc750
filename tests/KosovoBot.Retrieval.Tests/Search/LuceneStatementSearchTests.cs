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
    public async Task Search_Paraphrase_RanksStatementFirst(string question, int ordinal)
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var hits = await harness.Search.SearchAsync(question, 3, CancellationToken.None);

        Assert.Equal(ordinal, hits[0].Statement.Ordinal);
    }

    [Theory]
    [InlineData("what happens on Monday", 2)]
    [InlineData("anything on may 17th?", 2)]
    [InlineData("what about 2008", 4)]
    [InlineData("what is expected in late june", 5)]
    public async Task Search_DateInQuestion_FindsStatementNamingSameDate(string question, int ordinal)
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Equal(ordinal, (await harness.Search.SearchAsync(question, 1, CancellationToken.None))[0].Statement.Ordinal);
    }

    [Theory]
    [InlineData("who wrote this story")]
    [InlineData("which city does the correspondent file from")]
    [InlineData("who is the reporter")]
    public async Task Search_BylineQuestion_FindsBylineSentence(string question)
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Equal(1, (await harness.Search.SearchAsync(question, 1, CancellationToken.None))[0].Statement.Ordinal);
    }

    [Fact]
    public async Task Search_SpeakerRole_FindsTheirStatements()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var hits = await harness.Search.SearchAsync("port director", 2, CancellationToken.None);

        Assert.Equal("Ana Kos", hits[0].Statement.Speaker);
    }

    [Fact]
    public async Task Search_Top_LimitsAndOrdersByScore()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        var hits = await harness.Search.SearchAsync("dockers strike wages port", 2, CancellationToken.None);

        Assert.Equal(2, hits.Count);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public async Task Search_NothingMatches_ReturnsEmpty()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);

        Assert.Empty(await harness.Search.SearchAsync("zxcvbnm", 3, CancellationToken.None));
    }

    [Fact]
    public async Task Search_ProviderSwapsSnapshot_UsesNewSnapshot()
    {
        using var harness = new RetrievalHarness(StatementFixture.Knowledge);
        var first = harness.Cache.Current;
        Assert.Empty(await harness.Search.SearchAsync("lighthouse", 1, CancellationToken.None));

        var document = StatementFixture.Knowledge.Documents[0];
        var extra = document.Statements[0] with { Ordinal = 6, Text = "A new lighthouse opened at the harbour mouth." };
        harness.Provider.Current = new KnowledgeBase(
            [document with { Statements = [.. document.Statements, extra] }], StatementFixture.Synonyms);

        Assert.Equal(6, (await harness.Search.SearchAsync("lighthouse", 1, CancellationToken.None))[0].Statement.Ordinal);
        Assert.NotSame(first, harness.Cache.Current);
    }

    [Fact]
    public async Task Search_SameSnapshot_BuildsIndexOnce()
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
            async () => (await harness.Search.SearchAsync("how many dockers return to work", 1, CancellationToken.None))[0].Statement.Ordinal, timeout.Token)));

        Assert.All(results, static r => Assert.Equal(2, r));
    }

    [Fact]
    public async Task Search_EmptyKnowledge_ReturnsEmpty()
    {
        using var harness = new RetrievalHarness(KnowledgeBase.Empty);

        Assert.Empty(await harness.Search.SearchAsync("troops", 3, CancellationToken.None));
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
