using KosovoBot.Retrieval.Analysis;
using Microsoft.Extensions.Logging.Abstractions;

namespace KosovoBot.Retrieval.Tests.Analysis;

public sealed class SynonymMapFactoryTests
{
    private static List<string> Expand(string rules, string text)
    {
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Query, SynonymMapFactory.Build(rules, NullLogger.Instance));
        return TokenStreams.Terms(analyzer, text);
    }

    [Fact]
    public void Build_EmptyRules_ReturnsNull()
    {
        Assert.Null(SynonymMapFactory.Build("  \n# only a comment\n", NullLogger.Instance));
    }

    [Fact]
    public void Build_EquivalenceRule_ExpandsEitherWay()
    {
        const string rules = "talks, negotiations";

        Assert.Contains("negoti", Expand(rules, "talks"));
        Assert.Contains("talk", Expand(rules, "negotiations"));
    }

    [Fact]
    public void Build_RuleWord_CoversItsInflections()
    {
        Assert.Contains("standbi", Expand("reserve, standby", "reserves"));
    }

    [Fact]
    public void Build_MultiWordRule_ExpandsPhrase()
    {
        var terms = Expand("remain, staying put", "are they staying put");

        Assert.Contains("remain", terms);
    }

    [Fact]
    public void Build_ExplicitMapping_KeepsListedOutputsOnly()
    {
        var terms = Expand("withdraw => withdraw, remain", "withdraw");

        Assert.Contains("withdraw", terms);
        Assert.Contains("remain", terms);
        Assert.DoesNotContain("remain", Expand("withdraw => withdraw, remain", "remain").Where(static t => t == "withdraw"));
    }

    [Fact]
    public void FindBadRules_BadLines_ReturnsTheLinesBuildSkips()
    {
        const string rules = "# comment\nthe, a\nchief, secretary general\n\nof => the\n";
        var logger = new Microsoft.Extensions.Logging.Testing.FakeLogger();
        SynonymMapFactory.Build(rules, logger);

        var bad = SynonymMapFactory.FindBadRules(rules);

        Assert.Equal([2, 5], bad.Select(static b => b.Line));
        Assert.Equal("term: the was completely eliminated by analyzer", bad[0].Reason);
        Assert.Equal(bad.Select(static b => $"Synonym rule on line {b.Line} skipped: {b.Reason}"), logger.Collector.GetSnapshot().Select(static r => r.Message));
    }

    [Fact]
    public void FindBadRules_GoodOrEmptyRules_ReturnsNone()
    {
        Assert.Empty(SynonymMapFactory.FindBadRules("troops, soldiers\n# note\n"));
        Assert.Empty(SynonymMapFactory.FindBadRules(" \n"));
    }

    [Fact]
    public void Build_BadLine_SkipsItAndKeepsTheOthers()
    {
        var logger = new Microsoft.Extensions.Logging.Testing.FakeLogger();
        var map = SynonymMapFactory.Build("the, a\nchief, secretary general", logger);
        using var analyzer = new ChainAnalyzer(AnalysisSteps.Query, map);

        Assert.Contains("secretari", TokenStreams.Terms(analyzer, "chief"));
        Assert.Contains(logger.Collector.GetSnapshot(), static r => r.Message.Contains("line 1", StringComparison.Ordinal));
    }
}
